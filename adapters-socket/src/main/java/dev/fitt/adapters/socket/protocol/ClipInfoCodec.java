package dev.fitt.adapters.socket.protocol;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The bytes of {@link ClipInfoRequest} and {@link ClipInfoReply} ({@code 15}-{@code 17}). */
final class ClipInfoCodec implements ExtensionFamily {
    @Override
    public boolean carries(byte command) {
        return command >= Wire.STATS && command <= Wire.CLIP_IDS;
    }

    @Override
    public boolean answersWithExtensionError(byte command) {
        return true;
    }

    @Override
    public Request request(byte command, ExtensionBody body) throws ProtocolException {
        return switch (command) {
            case Wire.STATS -> new ClipInfoRequest.Stats(body.u32());
            case Wire.CAMERA_NAMES -> new ClipInfoRequest.CameraNames(body.u32());
            default -> new ClipInfoRequest.ClipIds(body.u32());
        };
    }

    @Override
    public Reply reply(byte command, ExtensionBody body, CodecLimits limits) throws ProtocolException {
        return ExtensionDecoder.identified(command, body, id -> switch (command) {
            case Wire.STATS -> stats(id, body);
            case Wire.CAMERA_NAMES -> cameraNames(id, body, limits);
            default -> clipIds(id, body, limits);
        });
    }

    private static Reply stats(long id, ExtensionBody body) throws ProtocolException {
        long rows = body.u32();
        long labelled = body.u32();
        List<Long> trueCounts = ExtensionDecoder.counts(body, body.u16());
        List<Long> perClip = ExtensionDecoder.counts(body, body.u32());
        return new ClipInfoReply.Stats(id, rows, labelled, trueCounts, perClip);
    }

    /** Every count and length is checked against the limits and the bytes left before anything is allocated. */
    private static Reply cameraNames(long id, ExtensionBody body, CodecLimits limits) throws ProtocolException {
        long clips = clipCount(body, limits, "camera names");
        body.need(2 * clips, clips + " camera counts");
        List<List<String>> names = new ArrayList<>((int) clips);
        for (int clip = 0; clip < clips; clip++) {
            int count = body.u16();
            body.need(2L * count, count + " camera names of clip " + clip);
            List<String> cameras = new ArrayList<>(count);
            for (int camera = 0; camera < count; camera++) {
                int length = body.u16();
                if (length > limits.maxStringBytes()) {
                    throw new ProtocolException("camera names reply declares a name of " + length + " bytes for camera "
                            + camera + " of clip " + clip + ", more than the limit of " + limits.maxStringBytes());
                }
                cameras.add(new String(body.bytes(length), StandardCharsets.UTF_8));
            }
            names.add(cameras);
        }
        return new ClipInfoReply.CameraNames(id, names);
    }

    /** Like the camera names: every count and length checked before anything is allocated. */
    private static Reply clipIds(long id, ExtensionBody body, CodecLimits limits) throws ProtocolException {
        long clips = clipCount(body, limits, "clip ids");
        body.need(2 * clips, clips + " clip ids");
        List<String> ids = new ArrayList<>((int) clips);
        for (int clip = 0; clip < clips; clip++) {
            int length = body.u16();
            if (length > limits.maxStringBytes()) {
                throw new ProtocolException("clip ids reply declares an id of " + length + " bytes for clip " + clip
                        + ", more than the limit of " + limits.maxStringBytes());
            }
            ids.add(new String(body.bytes(length), StandardCharsets.UTF_8));
        }
        return new ClipInfoReply.ClipIds(id, ids);
    }

    private static long clipCount(ExtensionBody body, CodecLimits limits, String what) throws ProtocolException {
        long clips = body.u32();
        if (clips > limits.maxClipCount()) {
            throw new ProtocolException(what + " reply declares " + clips + " clips, more than the limit of "
                    + limits.maxClipCount());
        }
        return clips;
    }

    @Override
    public ByteBuffer encode(Request request) {
        return ExtensionEncoder.idOnly((ClipInfoRequest) request);
    }

    @Override
    public ByteBuffer encode(Reply reply) {
        if (reply instanceof ClipInfoReply.Stats stats) {
            int size = 4 + 1 + 4 + 4 + 2 + 4 * stats.trueCounts().size() + 4 + 4 * stats.labelledRowsPerClip().size();
            ByteBuffer out = ExtensionEncoder.header(Wire.STATS, size).putInt((int) stats.id()).put(Wire.OK)
                    .putInt((int) stats.rows()).putInt((int) stats.labelledRows())
                    .putShort((short) stats.trueCounts().size());
            stats.trueCounts().forEach(count -> out.putInt((int) (long) count));
            out.putInt(stats.labelledRowsPerClip().size());
            stats.labelledRowsPerClip().forEach(count -> out.putInt((int) (long) count));
            return out.flip();
        }
        if (reply instanceof ClipInfoReply.CameraNames names) {
            return cameraNames(names);
        }
        if (reply instanceof ClipInfoReply.ClipIds ids) {
            return clipIds(ids);
        }
        throw new IllegalArgumentException("no clip info encoding for " + reply);
    }

    private static ByteBuffer cameraNames(ClipInfoReply.CameraNames reply) {
        List<List<byte[]>> encoded = reply.names().stream()
                .map(clip -> clip.stream().map(Utf8::encode).toList()).toList();
        long size = 4 + 1 + 4;
        for (List<byte[]> clip : encoded) {
            size += 2;
            for (byte[] name : clip) {
                size += 2 + name.length;
            }
        }
        ByteBuffer out = ExtensionEncoder.header(Wire.CAMERA_NAMES, Math.toIntExact(size)).putInt((int) reply.id())
                .put(Wire.OK).putInt(encoded.size());
        for (List<byte[]> clip : encoded) {
            out.putShort((short) clip.size());
            for (byte[] name : clip) {
                out.putShort((short) name.length).put(name);
            }
        }
        return out.flip();
    }

    private static ByteBuffer clipIds(ClipInfoReply.ClipIds reply) {
        List<byte[]> encoded = reply.ids().stream().map(Utf8::encode).toList();
        long size = 4 + 1 + 4;
        for (byte[] id : encoded) {
            size += 2 + id.length;
        }
        ByteBuffer out = ExtensionEncoder.header(Wire.CLIP_IDS, Math.toIntExact(size)).putInt((int) reply.id())
                .put(Wire.OK).putInt(encoded.size());
        for (byte[] id : encoded) {
            out.putShort((short) id.length).put(id);
        }
        return out.flip();
    }
}
