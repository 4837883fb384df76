package dev.fitt.adapters.socket.protocol;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads extension messages ({@code FF cmd len:u32 body}) for {@link RequestDecoder} and
 * {@link ReplyDecoder}. The declared length is checked against the limit before anything is
 * allocated or waited for; a complete message is consumed whole before its body is parsed, so a
 * malformed body costs exactly that message and the next call starts at the next one.
 */
final class ExtensionDecoder {
    private ExtensionDecoder() {
    }

    /** The next request, or null while the message is incomplete. */
    static Request request(ByteBuffer in, int start, int available, long maxBody) throws ProtocolException {
        byte command = in.get(start + 1);
        String what = Wire.commandName(command) + " request";
        ExtensionBody body = frame(in, start, available, maxBody, what);
        if (body == null) {
            return null;
        }
        try {
            Request request = switch (command) {
                case Wire.HELLO -> new Request.Hello(body.u16(), body.u32(), body.string());
                case Wire.VERSIONED_LABELS -> new Request.VersionedLabels(body.u32());
                case Wire.VERSIONED_CHANGE -> new Request.VersionedChange(body.u32(), body.basis(), body.u32(),
                        body.u32(), body.values());
                case Wire.SUBSCRIBE -> new Request.Subscribe(body.u32());
                case Wire.STATS -> new Request.Stats(body.u32());
                case Wire.CAMERA_NAMES -> new Request.CameraNames(body.u32());
                case Wire.CLIP_IDS -> new Request.ClipIds(body.u32());
                case Wire.ADMIN_AUTHORISE, Wire.ADMIN_SETTINGS, Wire.ADMIN_SET, Wire.ADMIN_SAVE, Wire.ADMIN_STATS ->
                        AdminCodec.request(command, body);
                case Wire.LIST_DATASETS -> new Request.ListDatasets(body.u32());
                case Wire.SELECT_DATASET -> new Request.SelectDataset(body.u32(), body.string());
                case Wire.IDENTIFY -> new Request.Identify(body.u32(), body.string());
                case Wire.REVIEW -> review(body);
                case Wire.PROVENANCE -> new Request.Provenance(body.u32(), body.u32(), body.u32());
                case Wire.ANNOTATOR_STATS -> new Request.AnnotatorStats(body.u32());
                default -> throw new ProtocolException(Wire.commandName(command) + " is sent by servers only");
            };
            body.finish();
            return request;
        } catch (IllegalArgumentException e) {
            throw new ProtocolException(what + ": " + e.getMessage());
        }
    }

    /** The next reply, or null while the message is incomplete. */
    static Reply reply(ByteBuffer in, int start, int available, CodecLimits limits) throws ProtocolException {
        byte command = in.get(start + 1);
        String what = Wire.commandName(command) + " reply";
        ExtensionBody body = frame(in, start, available, limits.maxTextBytes(), what);
        if (body == null) {
            return null;
        }
        try {
            Reply reply = command == Wire.HELLO ? hello(body)
                    : command == Wire.PUSHED ? new Reply.Pushed(body.u64(), body.u32(), body.u32(), body.values())
                    : command == Wire.PUSHED_BY ? new Reply.PushedBy(body.u64(), body.u32(), body.u32(), body.values(),
                            name(body, limits, "annotator"))
                    : Wire.isAdmin(command) ? AdminCodec.reply(command, body, limits)
                    : identified(command, body, limits);
            body.finish();
            return reply;
        } catch (IllegalArgumentException e) {
            throw new ProtocolException(what + ": " + e.getMessage());
        }
    }

    /** Checks the declared length, waits for the whole message, then consumes it. */
    private static ExtensionBody frame(ByteBuffer in, int start, int available, long maxBody, String what)
            throws ProtocolException {
        if (available < Wire.EXTENSION_HEADER) {
            return null;
        }
        long length = Wire.u32(in, start + 2);
        if (length > maxBody) {
            in.position(start + Wire.EXTENSION_HEADER);
            throw new LimitExceededException(what + " declares a body of " + length
                    + " bytes, more than the limit of " + maxBody);
        }
        if (available - Wire.EXTENSION_HEADER < length) {
            return null;
        }
        in.position(start + Wire.EXTENSION_HEADER + (int) length);
        return new ExtensionBody(in, start + Wire.EXTENSION_HEADER, (int) length, what);
    }

    private static Reply hello(ExtensionBody body) throws ProtocolException {
        byte status = (byte) body.u8();
        if (status != Wire.OK && status != Wire.ERROR && status != Wire.REFUSED) {
            throw badStatus("hello reply", status);
        }
        return new Reply.HelloReply(status, body.u16(), body.u32(), body.string());
    }

    private static Reply identified(byte command, ExtensionBody body, CodecLimits limits) throws ProtocolException {
        long id = body.u32();
        byte status = (byte) body.u8();
        if (command == Wire.VERSIONED_CHANGE) {
            if (status != Wire.OK && status != Wire.ERROR && status != Wire.CONFLICT) {
                throw badStatus("versioned change reply", status);
            }
            return new Reply.ChangeOutcome(id, status, body.u64(), body.string());
        }
        if (command == Wire.REVIEW) {
            if (status != Wire.OK && status != Wire.ERROR && status != Wire.CONFLICT) {
                throw badStatus("review reply", status);
            }
            return new Reply.ReviewOutcome(id, status, body.u64(), body.string());
        }
        if (status == Wire.ERROR) {
            return new Reply.ExtensionError(command, id, body.string());
        }
        if (status != Wire.OK) {
            throw badStatus(Wire.commandName(command) + " reply", status);
        }
        return switch (command) {
            case Wire.VERSIONED_LABELS -> labels(id, body);
            case Wire.SUBSCRIBE -> new Reply.Subscribed(id);
            case Wire.STATS -> stats(id, body);
            case Wire.CAMERA_NAMES -> cameraNames(id, body, limits);
            case Wire.CLIP_IDS -> clipIds(id, body, limits);
            case Wire.LIST_DATASETS -> datasets(id, body);
            case Wire.SELECT_DATASET -> new Reply.DatasetSelected(id);
            case Wire.IDENTIFY -> new Reply.Identity(id);
            case Wire.PROVENANCE -> provenance(id, body, limits);
            case Wire.ANNOTATOR_STATS -> annotatorStats(id, body, limits);
            default -> throw new ProtocolException(Wire.commandName(command) + " is sent by clients only");
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
        return new Reply.VersionedLabels(id, version, (int) rows, tags, codes, rowVersions);
    }

    private static Reply stats(long id, ExtensionBody body) throws ProtocolException {
        long rows = body.u32();
        long labelled = body.u32();
        List<Long> trueCounts = counts(body, body.u16());
        List<Long> perClip = counts(body, body.u32());
        return new Reply.Stats(id, rows, labelled, trueCounts, perClip);
    }

    /** Every count and length is checked against the limits and the bytes left before anything is allocated. */
    private static Reply cameraNames(long id, ExtensionBody body, CodecLimits limits) throws ProtocolException {
        long clips = body.u32();
        if (clips > limits.maxClipCount()) {
            throw new ProtocolException("camera names reply declares " + clips + " clips, more than the limit of "
                    + limits.maxClipCount());
        }
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
        return new Reply.CameraNames(id, names);
    }

    private static Request review(ExtensionBody body) throws ProtocolException {
        long id = body.u32();
        long basis = body.basis();
        long first = body.u32();
        long last = body.u32();
        int verdict = body.u8();
        if (verdict != Request.Review.ACCEPT && verdict != Request.Review.CORRECT) {
            throw new ProtocolException(String.format("review request has verdict 0x%02X, expected 01 or 02", verdict));
        }
        return new Request.Review(id, basis, first, last, verdict == Request.Review.ACCEPT, body.values());
    }

    /** The smallest row of a provenance reply: two empty names, a time and a review byte. */
    private static final int PROVENANCE_ROW_BYTES = 2 + 8 + 2 + 1;
    /** The smallest annotator of an annotator stats reply: an empty name and the counts. */
    private static final int ANNOTATOR_BYTES = 2 + 4 + 8 + 4 + 4 + 4 + 4 + 4 + 8;

    private static Reply provenance(long id, ExtensionBody body, CodecLimits limits) throws ProtocolException {
        long rows = body.u32();
        body.need(rows * PROVENANCE_ROW_BYTES, rows + " rows of provenance");
        List<dev.fitt.domain.RowProvenance> list = new ArrayList<>((int) rows);
        for (long row = 0; row < rows; row++) {
            String by = name(body, limits, "labelled by");
            long at = body.u64();
            String reviewer = name(body, limits, "reviewed by");
            int review = body.u8();
            if (review > 2) {
                throw new ProtocolException(String.format("provenance reply has review 0x%02X at row %d, expected"
                        + " 00, 01 or 02", review, row));
            }
            list.add(new dev.fitt.domain.RowProvenance(by, java.time.Instant.ofEpochMilli(at), reviewer,
                    dev.fitt.domain.Review.values()[review]));
        }
        return new Reply.Provenance(id, list);
    }

    private static Reply annotatorStats(long id, ExtensionBody body, CodecLimits limits) throws ProtocolException {
        int count = body.u16();
        body.need((long) count * ANNOTATOR_BYTES, count + " annotators");
        List<dev.fitt.domain.AnnotatorStats> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String name = name(body, limits, "annotator");
            list.add(new dev.fitt.domain.AnnotatorStats(name, count32(body), body.u64(), count32(body), count32(body),
                    count32(body), count32(body), count32(body), java.time.Instant.ofEpochMilli(body.u64())));
        }
        return new Reply.AnnotatorStats(id, list);
    }

    private static int count32(ExtensionBody body) throws ProtocolException {
        long value = body.u32();
        if (value > Integer.MAX_VALUE) {
            throw new ProtocolException("annotator stats reply holds a count of " + value + " frames, more than any"
                    + " dataset has");
        }
        return (int) value;
    }

    private static String name(ExtensionBody body, CodecLimits limits, String field) throws ProtocolException {
        int length = body.u16();
        if (length > limits.maxStringBytes()) {
            throw new ProtocolException("a " + field + " name of " + length + " bytes is more than the limit of "
                    + limits.maxStringBytes());
        }
        return new String(body.bytes(length), StandardCharsets.UTF_8);
    }

    /** Like the camera names: every count and length checked before anything is allocated. */
    private static Reply clipIds(long id, ExtensionBody body, CodecLimits limits) throws ProtocolException {
        long clips = body.u32();
        if (clips > limits.maxClipCount()) {
            throw new ProtocolException("clip ids reply declares " + clips + " clips, more than the limit of "
                    + limits.maxClipCount());
        }
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
        return new Reply.ClipIds(id, ids);
    }

    /** The count is checked against the bytes left (each entry takes at least its fixed fields) before allocating. */
    private static Reply datasets(long id, ExtensionBody body) throws ProtocolException {
        String selected = body.string();
        String defaultDataset = body.string();
        int count = body.u16();
        body.need((2 + 1 + 16 + 2) * (long) count, count + " datasets");
        List<Reply.DatasetEntry> entries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            entries.add(new Reply.DatasetEntry(body.string(), body.u8(), body.u32(), body.u32(), body.u32(), body.u32(),
                    body.string()));
        }
        return new Reply.Datasets(id, selected, defaultDataset, entries);
    }

    private static List<Long> counts(ExtensionBody body, long count) throws ProtocolException {
        body.need(4 * count, count + " counts");
        List<Long> counts = new ArrayList<>((int) count);
        for (long i = 0; i < count; i++) {
            counts.add(body.u32());
        }
        return counts;
    }

    private static ProtocolException badStatus(String what, byte status) {
        return new ProtocolException(String.format("%s has status byte 0x%02X", what, status & 0xFF));
    }
}
