package dev.fitt.adapters.socket.protocol;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads replies as a client sees them, incrementally; same contract as {@link RequestDecoder}.
 *
 * <p>Change and save errors come in two shapes: {@code FF cmd 01 len message} from an honest
 * server and a bare {@code FF cmd 01} from the original Python server (which then sends nothing
 * more until asked). After the status byte, the decoder looks at the next byte: {@code 0x00} starts
 * a length (a message is below 255 bytes, so its length begins with a zero byte), anything else is
 * the next message or junk, so the error was bare. When no next byte has arrived yet it cannot
 * tell; {@link #decode} waits for more, and a reader that has seen no byte arrive for a while calls
 * {@link #decodeStalled}, which settles it as bare. Should a message still arrive later, its bytes
 * hold no 0xFF and are skipped by the framing rule, as the original client does.
 */
public final class ReplyDecoder {
    private final CodecLimits limits;
    private long skippedBytes;
    private long largestAllocation;

    public ReplyDecoder(CodecLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    public Reply decode(ByteBuffer in) throws ProtocolException {
        return decode(in, false);
    }

    /** Like {@link #decode}, for when the peer has gone quiet: a trailing bare error is complete. */
    public Reply decodeStalled(ByteBuffer in) throws ProtocolException {
        return decode(in, true);
    }

    private Reply decode(ByteBuffer in, boolean stalled) throws ProtocolException {
        skippedBytes += Wire.skipToMarker(in);
        int start = in.position();
        int available = in.remaining();
        if (available < 2) {
            return null;
        }
        byte command = in.get(start + 1);
        if (Wire.isExtension(command)) {
            Reply reply = ExtensionDecoder.reply(in, start, available, limits);
            if (reply != null) {
                largestAllocation = Math.max(largestAllocation, in.position() - start - Wire.EXTENSION_HEADER);
            }
            return reply;
        }
        if (command < Wire.IMAGE || command > Wire.LABELS) {
            in.position(start + 2);
            throw new UnknownCommandException(command);
        }
        if (available < 3) {
            return null;
        }
        byte status = in.get(start + 2);
        if (status != Wire.OK && status != Wire.ERROR) {
            in.position(start + 3);
            throw new ProtocolException(String.format("%s reply has status byte 0x%02X, expected 00 or 01",
                    Wire.commandName(command), status & 0xFF));
        }
        boolean ok = status == Wire.OK;
        switch (command) {
            case Wire.IMAGE:
                return image(in, start, available, ok);
            case Wire.TAG_LIST:
                return ok ? tagList(in, start, available) : bare(in, start, command);
            case Wire.CLIP_LIST:
                return ok ? clipList(in, start, available) : bare(in, start, command);
            case Wire.LABELS:
                return ok ? labels(in, start, available) : bare(in, start, command);
            default:
                return ok ? done(in, start, command) : refused(in, start, available, command, stalled);
        }
    }

    private Reply image(ByteBuffer in, int start, int available, boolean ok) throws ProtocolException {
        if (available < 11) {
            return null;
        }
        long index = Wire.u32(in, start + 3);
        long size = Wire.u32(in, start + 7);
        long max = ok ? limits.maxImageBytes() : limits.maxStringBytes();
        if (size > max) {
            in.position(start + 11);
            throw new ProtocolException("image reply for index " + index + " declares " + size
                    + (ok ? " image bytes" : " message bytes") + ", more than the limit of " + max);
        }
        if (available < 11 + size) {
            return null;
        }
        byte[] payload = take(in, start + 11, (int) size);
        return ok ? new Reply.Image(index, payload)
                : new Reply.ImageError(index, new String(payload, StandardCharsets.UTF_8));
    }

    private Reply tagList(ByteBuffer in, int start, int available) throws ProtocolException {
        if (available < 7) {
            return null;
        }
        long count = Wire.u32(in, start + 3);
        if (count > limits.maxTagCount()) {
            in.position(start + 7);
            throw new ProtocolException("tag list declares " + count + " tags, more than the limit of "
                    + limits.maxTagCount());
        }
        // First walk the lengths without allocating: is the whole list here, and is every length sane?
        int end = in.limit();
        long at = start + 7;
        for (long i = 0; i < count; i++) {
            if (end - at < 4) {
                return null;
            }
            long length = Wire.u32(in, (int) at);
            if (length > limits.maxStringBytes()) {
                in.position((int) at + 4);
                throw new ProtocolException("tag " + i + " of the tag list declares an alias of " + length
                        + " bytes, more than the limit of " + limits.maxStringBytes());
            }
            if (end - at - 4 < length) {
                return null;
            }
            at += 4 + length;
        }
        largestAllocation = Math.max(largestAllocation, count);
        List<String> aliases = new ArrayList<>((int) count);
        int position = start + 7;
        for (long i = 0; i < count; i++) {
            int length = (int) Wire.u32(in, position);
            aliases.add(new String(take(in, position + 4, length), StandardCharsets.UTF_8));
            position += 4 + length;
        }
        in.position(position);
        return new Reply.TagList(aliases);
    }

    private Reply clipList(ByteBuffer in, int start, int available) throws ProtocolException {
        if (available < 7) {
            return null;
        }
        long count = Wire.u32(in, start + 3);
        if (count > limits.maxClipCount()) {
            in.position(start + 7);
            throw new ProtocolException("clip list declares " + count + " clips, more than the limit of "
                    + limits.maxClipCount());
        }
        if (available < 7 + 12 * count) {
            return null;
        }
        largestAllocation = Math.max(largestAllocation, count);
        List<Reply.ClipEntry> clips = new ArrayList<>((int) count);
        int position = start + 7;
        for (long i = 0; i < count; i++) {
            clips.add(new Reply.ClipEntry(Wire.u32(in, position), Wire.u32(in, position + 4),
                    Wire.u32(in, position + 8)));
            position += 12;
        }
        in.position(position);
        return new Reply.ClipList(clips);
    }

    private Reply labels(ByteBuffer in, int start, int available) throws ProtocolException {
        if (available < 7) {
            return null;
        }
        long size = Wire.u32(in, start + 3);
        if (size > limits.maxTextBytes()) {
            in.position(start + 7);
            throw new ProtocolException("labels reply declares " + size + " bytes of CSV, more than the limit of "
                    + limits.maxTextBytes());
        }
        if (available < 7 + size) {
            return null;
        }
        return new Reply.Labels(take(in, start + 7, (int) size));
    }

    private Reply refused(ByteBuffer in, int start, int available, byte command, boolean stalled)
            throws ProtocolException {
        if (available < 4) {
            if (stalled) {
                return bare(in, start, command);
            }
            return null;
        }
        if (in.get(start + 3) != 0) {
            return bare(in, start, command);
        }
        if (available < 7) {
            return null;
        }
        long length = Wire.u32(in, start + 3);
        if (length > limits.maxStringBytes()) {
            in.position(start + 7);
            throw new ProtocolException(Wire.commandName(command) + " error declares a message of " + length
                    + " bytes, more than the limit of " + limits.maxStringBytes());
        }
        if (available < 7 + length) {
            return null;
        }
        return Reply.Refused.because(command, new String(take(in, start + 7, (int) length), StandardCharsets.UTF_8));
    }

    private static Reply bare(ByteBuffer in, int start, byte command) {
        in.position(start + 3);
        return Reply.Refused.bare(command);
    }

    private static Reply done(ByteBuffer in, int start, byte command) {
        in.position(start + 3);
        return new Reply.Done(command);
    }

    /** Copies {@code size} bytes at {@code from} and consumes up to their end. */
    private byte[] take(ByteBuffer in, int from, int size) {
        largestAllocation = Math.max(largestAllocation, size);
        byte[] bytes = new byte[size];
        in.get(from, bytes);
        in.position(from + size);
        return bytes;
    }

    long skippedBytes() {
        return skippedBytes;
    }

    /** The largest payload this decoder allocated (elements or bytes): never above the limits. */
    long largestAllocation() {
        return largestAllocation;
    }
}
