package dev.fitt.adapters.socket.protocol;

import dev.fitt.domain.ClipSelection;
import java.util.Optional;

/**
 * Administration ({@code 20}-{@code 27}, capability {@link Wire#ADMIN_CAPABILITY}): only an
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

    /**
     * {@code FF 25 len req dataset annotator reassign ranges (first last)... ids clipId...}: assign
     * the clips to the annotator; an empty dataset is the server's default. Ranges go on the wire as
     * 0-based clip indices.
     */
    record AdminAssign(long id, String dataset, String annotator, boolean reassign, ClipSelection clips)
            implements AdminRequest {
        public AdminAssign {
            Fields.requestId(id);
            Fields.string(dataset, "dataset name");
            Fields.string(annotator, "annotator");
            Fields.clips(clips);
        }

        @Override
        public byte command() {
            return Wire.ADMIN_ASSIGN;
        }
    }

    /**
     * {@code FF 26 len req dataset annotator all ranges (first last)... ids clipId...}: take clips
     * back from the annotator; {@code all} (no clips named) takes every clip they hold.
     */
    record AdminUnassign(long id, String dataset, String annotator, Optional<ClipSelection> clips)
            implements AdminRequest {
        public AdminUnassign {
            Fields.requestId(id);
            Fields.string(dataset, "dataset name");
            Fields.string(annotator, "annotator");
            clips.ifPresent(Fields::clips);
        }

        @Override
        public byte command() {
            return Wire.ADMIN_UNASSIGN;
        }
    }

    /** {@code FF 27 len req dataset}: who works on which clips of the dataset, and their progress. */
    record AdminAssignments(long id, String dataset) implements AdminRequest {
        public AdminAssignments {
            Fields.requestId(id);
            Fields.string(dataset, "dataset name");
        }

        @Override
        public byte command() {
            return Wire.ADMIN_ASSIGNMENTS;
        }
    }
}
