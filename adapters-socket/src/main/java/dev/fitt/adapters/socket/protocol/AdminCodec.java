package dev.fitt.adapters.socket.protocol;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * The bytes of {@link AdminRequest} and {@link AdminReply} ({@code 20}-{@code 24},
 * docs/PROTOCOL-EXTENSIONS.md), both ways, in the extension framing {@link ExtensionEncoder} and
 * {@link ExtensionDecoder} give them.
 */
final class AdminCodec implements ExtensionFamily {
    /** Each setting or dataset entry holds at least this many bytes: counts are checked against it. */
    private static final int MIN_SETTING_BYTES = 2 + 2 + 1;
    private static final int MIN_DATASET_BYTES = 2 + 1 + 4 * 4 + 2 + 8 + 8 + 4;

    @Override
    public boolean carries(byte command) {
        return Wire.isAdmin(command);
    }

    /** A failed admin request is answered with {@link AdminReply.AdminDone} instead. */
    @Override
    public boolean answersWithExtensionError(byte command) {
        return false;
    }

    @Override
    public ByteBuffer encode(Request request) {
        Body body = new Body();
        if (request instanceof AdminRequest.AdminAuthorise authorise) {
            body.u32(authorise.id()).string(authorise.token());
        } else if (request instanceof AdminRequest.AdminSet set) {
            body.u32(set.id()).string(set.name()).string(set.value());
        } else if (request instanceof AdminRequest.AdminSave save) {
            body.u32(save.id()).string(save.dataset());
        } else if (request instanceof Request.Identified identified) {
            body.u32(identified.id());
        } else {
            throw new IllegalArgumentException("no admin encoding for " + request);
        }
        return body.message(request.command());
    }

    @Override
    public ByteBuffer encode(Reply reply) {
        Body body = new Body();
        if (reply instanceof AdminReply.AdminDone done) {
            body.u32(done.id()).u8(done.status()).string(done.message());
        } else if (reply instanceof AdminReply.AdminSetOutcome outcome) {
            body.u32(outcome.id()).u8(outcome.status()).u8(outcome.written() ? 1 : 0).string(outcome.message());
        } else if (reply instanceof AdminReply.AdminSettingList list) {
            body.u32(list.id()).u8(Wire.OK).u16(list.settings().size());
            for (AdminReply.AdminSetting setting : list.settings()) {
                body.string(setting.name()).string(setting.value()).u8(setting.live() ? 1 : 0);
            }
        } else if (reply instanceof AdminReply.AdminStatsReply stats) {
            body.u32(stats.id()).u8(Wire.OK).u32(stats.connections()).u16(stats.datasets().size());
            for (AdminReply.AdminDataset d : stats.datasets()) {
                DatasetReply.DatasetEntry entry = d.dataset();
                body.string(entry.name()).u8(entry.state()).u32(entry.rows()).u32(entry.clips()).u32(entry.frames())
                        .u32(entry.labelledFrames()).string(entry.problem())
                        .u64(d.changes()).u64(d.unsavedChanges()).u32(d.saves());
            }
        } else {
            throw new IllegalArgumentException("no admin encoding for " + reply);
        }
        return body.message(reply.command());
    }

    @Override
    public Request request(byte command, ExtensionBody body) throws ProtocolException {
        long id = body.u32();
        return switch (command) {
            case Wire.ADMIN_AUTHORISE -> new AdminRequest.AdminAuthorise(id, body.string());
            case Wire.ADMIN_SETTINGS -> new AdminRequest.AdminSettings(id);
            case Wire.ADMIN_SET -> new AdminRequest.AdminSet(id, body.string(), body.string());
            case Wire.ADMIN_SAVE -> new AdminRequest.AdminSave(id, body.string());
            case Wire.ADMIN_STATS -> new AdminRequest.AdminStats(id);
            default -> throw new ProtocolException(Wire.commandName(command) + " is no admin request");
        };
    }

    @Override
    public Reply reply(byte command, ExtensionBody body, CodecLimits limits) throws ProtocolException {
        long id = body.u32();
        byte status = (byte) body.u8();
        if (command == Wire.ADMIN_SET) {
            int written = body.u8();
            if (written > 1) {
                throw new ProtocolException("admin set reply has written flag " + written + ", expected 0 or 1");
            }
            return new AdminReply.AdminSetOutcome(id, status, written == 1, body.string());
        }
        boolean listing = command == Wire.ADMIN_SETTINGS || command == Wire.ADMIN_STATS;
        if (!listing || status == Wire.ERROR) {
            return new AdminReply.AdminDone(command, id, status, body.string());
        }
        if (status != Wire.OK) {
            throw new ProtocolException(String.format("%s reply has status byte 0x%02X", Wire.commandName(command),
                    status & 0xFF));
        }
        return command == Wire.ADMIN_SETTINGS ? settings(id, body, limits) : stats(id, body, limits);
    }

    private static Reply settings(long id, ExtensionBody body, CodecLimits limits) throws ProtocolException {
        int count = body.u16();
        body.need((long) count * MIN_SETTING_BYTES, count + " settings");
        List<AdminReply.AdminSetting> settings = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String name = limited(body, limits, "setting name");
            String value = limited(body, limits, "value of " + name);
            int live = body.u8();
            if (live > 1) {
                throw new ProtocolException("admin settings reply has live flag " + live + " for " + name);
            }
            settings.add(new AdminReply.AdminSetting(name, value, live == 1));
        }
        return new AdminReply.AdminSettingList(id, settings);
    }

    private static Reply stats(long id, ExtensionBody body, CodecLimits limits) throws ProtocolException {
        long connections = body.u32();
        int count = body.u16();
        body.need((long) count * MIN_DATASET_BYTES, count + " datasets");
        List<AdminReply.AdminDataset> datasets = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            DatasetReply.DatasetEntry entry = new DatasetReply.DatasetEntry(limited(body, limits, "dataset name"),
                    body.u8(), body.u32(), body.u32(), body.u32(), body.u32(),
                    limited(body, limits, "dataset problem"));
            datasets.add(new AdminReply.AdminDataset(entry, body.u64(), body.u64(), body.u32()));
        }
        return new AdminReply.AdminStatsReply(id, connections, datasets);
    }

    private static String limited(ExtensionBody body, CodecLimits limits, String what) throws ProtocolException {
        String text = body.string();
        if (Utf8.encode(text).length > limits.maxStringBytes()) {
            throw new ProtocolException("admin reply holds a " + what + " longer than the limit of "
                    + limits.maxStringBytes() + " bytes");
        }
        return text;
    }

    /** A body of known fields, written big-endian; sized once it is complete. */
    private static final class Body {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        Body u8(int value) {
            bytes.write(value);
            return this;
        }

        Body u16(int value) {
            bytes.write(value >>> 8);
            bytes.write(value);
            return this;
        }

        Body u32(long value) {
            return u16((int) (value >>> 16) & 0xFFFF).u16((int) value & 0xFFFF);
        }

        Body u64(long value) {
            return u32(value >>> 32).u32(value & Wire.MAX_U32);
        }

        Body string(String value) {
            byte[] encoded = Utf8.encode(value);
            u16(encoded.length);
            bytes.writeBytes(encoded);
            return this;
        }

        ByteBuffer message(byte command) {
            byte[] body = bytes.toByteArray();
            return ByteBuffer.allocate(Wire.EXTENSION_HEADER + body.length).put(Wire.MARK).put(command)
                    .putInt(body.length).put(body).flip();
        }
    }
}
