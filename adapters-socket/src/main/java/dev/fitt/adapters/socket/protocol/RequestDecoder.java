package dev.fitt.adapters.socket.protocol;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads requests as a server sees them, incrementally. {@link #decode} returns the next complete
 * request, or null when the buffer holds only part of one (which it then leaves unconsumed).
 * Bytes that cannot start a message are dropped and counted. On malformed input it consumes what
 * it has read of the bad message and throws, so the next call resyncs at the next 0xFF and every
 * call makes progress. Not thread-safe: one per connection.
 */
public final class RequestDecoder {
    private static final int CHANGE_HEADER = 14;

    /** The default bound on one request, extension bodies included (docs/PROTOCOL-EXTENSIONS.md). */
    public static final int DEFAULT_MAX_MESSAGE_BYTES = 1024 * 1024;

    private final CodecLimits limits;
    private final int maxMessageBytes;
    private long skippedBytes;
    private long largestAllocation;

    public RequestDecoder(CodecLimits limits) {
        this(limits, DEFAULT_MAX_MESSAGE_BYTES);
    }

    /** {@code maxMessageBytes} bounds a whole request; above it, {@link LimitExceededException}. */
    public RequestDecoder(CodecLimits limits, int maxMessageBytes) {
        this.limits = Objects.requireNonNull(limits, "limits");
        if (maxMessageBytes < 64) {
            throw new IllegalArgumentException("maxMessageBytes must be at least 64, got " + maxMessageBytes);
        }
        this.maxMessageBytes = maxMessageBytes;
    }

    public Request decode(ByteBuffer in) throws ProtocolException {
        skippedBytes += Wire.skipToMarker(in);
        int start = in.position();
        int available = in.remaining();
        if (available < 2) {
            return null;
        }
        byte command = in.get(start + 1);
        switch (command) {
            case Wire.IMAGE:
                if (available < 6) {
                    return null;
                }
                in.position(start + 6);
                return new Request.Image(Wire.u32(in, start + 2));
            case Wire.CHANGE:
                return change(in, start, available);
            case Wire.TAG_LIST:
                in.position(start + 2);
                return new Request.TagList();
            case Wire.SAVE:
                in.position(start + 2);
                return new Request.Save();
            case Wire.CLIP_LIST:
                in.position(start + 2);
                return new Request.ClipList();
            case Wire.LABELS:
                in.position(start + 2);
                return new Request.Labels();
            default:
                if (Wire.isExtension(command)) {
                    return extension(in, start, available);
                }
                in.position(start + 2);
                throw new UnknownCommandException(command);
        }
    }

    private Request change(ByteBuffer in, int start, int available) throws ProtocolException {
        if (available < CHANGE_HEADER) {
            return null;
        }
        long first = Wire.u32(in, start + 2);
        long last = Wire.u32(in, start + 6);
        long count = Wire.u32(in, start + 10);
        if (CHANGE_HEADER + count > maxMessageBytes) {
            in.position(start + CHANGE_HEADER);
            throw new LimitExceededException("change of rows " + first + ".." + last + " declares " + count
                    + " tag values, more than the " + maxMessageBytes + " bytes a request may have");
        }
        if (count > limits.maxTagCount()) {
            in.position(start + CHANGE_HEADER);
            throw new ProtocolException("change of rows " + first + ".." + last + " declares " + count
                    + " tag values, more than the limit of " + limits.maxTagCount());
        }
        if (available < CHANGE_HEADER + count) {
            return null;
        }
        int n = (int) count;
        largestAllocation = Math.max(largestAllocation, n);
        List<Boolean> values = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            values.add(in.get(start + CHANGE_HEADER + i) == Wire.TRUE);
        }
        in.position(start + CHANGE_HEADER + n);
        return new Request.Change(first, last, values);
    }

    private Request extension(ByteBuffer in, int start, int available) throws ProtocolException {
        long maxBody = maxMessageBytes - Wire.EXTENSION_HEADER;
        Request request = ExtensionDecoder.request(in, start, available, maxBody);
        if (request != null) {
            largestAllocation = Math.max(largestAllocation, in.position() - start - Wire.EXTENSION_HEADER);
        }
        return request;
    }

    /** The largest request this decoder accepts: how far a reader's buffer may need to grow. */
    public int maxMessageBytes() {
        return maxMessageBytes;
    }

    /** Bytes dropped so far because they could not start a message. */
    public long skippedBytes() {
        return skippedBytes;
    }

    /** The largest payload this decoder allocated (elements or bytes): never above the limits. */
    long largestAllocation() {
        return largestAllocation;
    }
}
