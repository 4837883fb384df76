package dev.fitt.adapters.socket.protocol;

import java.nio.ByteBuffer;

/** The bytes of {@link VersionedRequest} and {@link VersionedReply} ({@code 11}-{@code 14}). */
final class VersionedCodec implements ExtensionFamily {
    @Override
    public boolean carries(byte command) {
        return command >= Wire.VERSIONED_LABELS && command <= Wire.PUSHED;
    }

    @Override
    public boolean answersWithExtensionError(byte command) {
        return command == Wire.VERSIONED_LABELS || command == Wire.SUBSCRIBE;
    }

    @Override
    public Request request(byte command, ExtensionBody body) throws ProtocolException {
        return switch (command) {
            case Wire.VERSIONED_LABELS -> new VersionedRequest.VersionedLabels(body.u32());
            case Wire.VERSIONED_CHANGE -> new VersionedRequest.VersionedChange(body.u32(), body.basis(), body.u32(),
                    body.u32(), body.values());
            case Wire.SUBSCRIBE -> new VersionedRequest.Subscribe(body.u32());
            default -> throw ExtensionDecoder.sentByServersOnly(command);
        };
    }

    @Override
    public Reply reply(byte command, ExtensionBody body, CodecLimits limits) throws ProtocolException {
        if (command == Wire.PUSHED) {
            return new VersionedReply.Pushed(body.u64(), body.u32(), body.u32(), body.values());
        }
        long id = body.u32();
        byte status = (byte) body.u8();
        if (command == Wire.VERSIONED_CHANGE) {
            ExtensionDecoder.outcome(status, "versioned change reply");
            return new VersionedReply.ChangeOutcome(id, status, body.u64(), body.string());
        }
        Reply failed = ExtensionDecoder.failure(command, id, status, body);
        if (failed != null) {
            return failed;
        }
        return switch (command) {
            case Wire.VERSIONED_LABELS -> labels(id, body);
            case Wire.SUBSCRIBE -> new VersionedReply.Subscribed(id);
            default -> throw ExtensionDecoder.sentByClientsOnly(command);
        };
    }

    private static Reply labels(long id, ExtensionBody body) throws ProtocolException {
        long version = body.u64();
        long rows = body.u32();
        int tags = body.u16();
        // Both arrays must fill the rest of the body exactly: checked before either is allocated.
        long expected = rows * tags + 8 * rows;
        if (expected != body.remaining()) {
            throw new ProtocolException("versioned labels reply declares " + rows + " rows x " + tags
                    + " tags, which need " + expected + " bytes, but " + body.remaining() + " follow");
        }
        byte[] codes = body.bytes((int) (rows * tags));
        for (int i = 0; i < codes.length; i++) {
            body.value(codes[i], i);
        }
        long[] rowVersions = new long[(int) rows];
        for (int row = 0; row < rowVersions.length; row++) {
            rowVersions[row] = body.u64();
        }
        return new VersionedReply.VersionedLabels(id, version, (int) rows, tags, codes, rowVersions);
    }

    @Override
    public ByteBuffer encode(Request request) {
        if (request instanceof VersionedRequest.VersionedChange change) {
            ByteBuffer out = ExtensionEncoder.header(Wire.VERSIONED_CHANGE, 4 + 8 + 4 + 4 + 2 + change.values().size())
                    .putInt((int) change.id()).putLong(change.basis())
                    .putInt((int) change.first()).putInt((int) change.last());
            return ExtensionEncoder.codes(out, change.values()).flip();
        }
        return ExtensionEncoder.idOnly((VersionedRequest) request);
    }

    @Override
    public ByteBuffer encode(Reply reply) {
        if (reply instanceof VersionedReply.VersionedLabels labels) {
            long size = 4 + 1 + 8 + 4 + 2 + (long) labels.codes().length + 8L * labels.rows();
            ByteBuffer out = ExtensionEncoder.header(Wire.VERSIONED_LABELS, Math.toIntExact(size))
                    .putInt((int) labels.id()).put(Wire.OK).putLong(labels.version())
                    .putInt(labels.rows()).putShort((short) labels.tags()).put(labels.codes());
            for (long rowVersion : labels.rowVersions()) {
                out.putLong(rowVersion);
            }
            return out.flip();
        }
        if (reply instanceof VersionedReply.ChangeOutcome outcome) {
            return ExtensionEncoder.outcome(Wire.VERSIONED_CHANGE, outcome.id(), outcome.status(), outcome.version(),
                    outcome.message());
        }
        if (reply instanceof VersionedReply.Subscribed subscribed) {
            return ExtensionEncoder.done(Wire.SUBSCRIBE, subscribed.id());
        }
        if (reply instanceof VersionedReply.Pushed pushed) {
            ByteBuffer out = ExtensionEncoder.header(Wire.PUSHED, 8 + 4 + 4 + 2 + pushed.values().size())
                    .putLong(pushed.version()).putInt((int) pushed.first()).putInt((int) pushed.last());
            return ExtensionEncoder.codes(out, pushed.values()).flip();
        }
        throw new IllegalArgumentException("no versioned encoding for " + reply);
    }
}
