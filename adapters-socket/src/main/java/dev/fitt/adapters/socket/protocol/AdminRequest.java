package dev.fitt.adapters.socket.protocol;

/**
 * Administration ({@code 20}-{@code 24}, capability {@link Wire#ADMIN_CAPABILITY}): only an
 * administrator's connection sends these. Their bytes: {@link AdminCodec}.
 */
public sealed interface AdminRequest extends Request.Identified {
    /** {@code FF 20 len req token}: this connection acts as administrator, proven by the admin token. */
    record AdminAuthorise(long id, String token) implements AdminRequest {
        public AdminAuthorise {
            Fields.requestId(id);
            Fields.string(token, "admin token");
        }

        @Override
        public byte command() {
            return Wire.ADMIN_AUTHORISE;
        }

        @Override
        public String toString() {
            return "AdminAuthorise[id=" + id + ", token=" + token.length() + " chars]";
        }
    }

    /** {@code FF 21 len req}: the server's settings and their current values. */
    record AdminSettings(long id) implements AdminRequest {
        public AdminSettings {
            Fields.requestId(id);
        }

        @Override
        public byte command() {
            return Wire.ADMIN_SETTINGS;
        }
    }

    /** {@code FF 22 len req name value}: change one setting while the server runs. */
    record AdminSet(long id, String name, String value) implements AdminRequest {
        public AdminSet {
            Fields.requestId(id);
            Fields.string(name, "setting name");
            Fields.string(value, "setting value");
        }

        @Override
        public byte command() {
            return Wire.ADMIN_SET;
        }

        @Override
        public String toString() {
            // A token's value stays out of logs.
            return "AdminSet[id=" + id + ", name=" + name + ", value=" + (name.endsWith("token") ? "..." : value) + "]";
        }
    }

    /** {@code FF 23 len req dataset}: save now; an empty name saves every dataset. */
    record AdminSave(long id, String dataset) implements AdminRequest {
        public AdminSave {
            Fields.requestId(id);
            Fields.string(dataset, "dataset name");
        }

        @Override
        public byte command() {
            return Wire.ADMIN_SAVE;
        }
    }

    /** {@code FF 24 len req}: connections, and per dataset its size, progress, changes and saves. */
    record AdminStats(long id) implements AdminRequest {
        public AdminStats {
            Fields.requestId(id);
        }

        @Override
        public byte command() {
            return Wire.ADMIN_STATS;
        }
    }
}
