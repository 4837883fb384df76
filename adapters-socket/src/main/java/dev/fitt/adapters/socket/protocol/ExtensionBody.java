package dev.fitt.adapters.socket.protocol;

import dev.fitt.domain.TagValue;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the fields of one complete extension body. Every read checks what is left first, so a
 * count or length that does not fit the body is a {@link ProtocolException}, never an allocation.
 */
final class ExtensionBody {
    private final ByteBuffer in;
    private final int end;
    private final String what;
    private int at;

    ExtensionBody(ByteBuffer in, int from, int length, String what) {
        this.in = in;
        this.at = from;
        this.end = from + length;
        this.what = what;
    }

    int remaining() {
        return end - at;
    }

    int u8() throws ProtocolException {
        need(1, "a byte");
        return in.get(at++) & 0xFF;
    }

    int u16() throws ProtocolException {
        need(2, "a u16");
        int value = ((in.get(at) & 0xFF) << 8) | (in.get(at + 1) & 0xFF);
        at += 2;
        return value;
    }

    long u32() throws ProtocolException {
        need(4, "a u32");
        long value = Wire.u32(in, at);
        at += 4;
        return value;
    }

    long u64() throws ProtocolException {
        need(8, "a u64");
        long value = (Wire.u32(in, at) << 32) | Wire.u32(in, at + 4);
        at += 8;
        if (value < 0) {
            throw new ProtocolException(what + " holds a u64 above 2^63, which no version reaches");
        }
        return value;
    }

    /**
     * A change's basis: any u64. One of 2^63 and above, which no run reaches, reads as the largest
     * version there is, so the change is refused with a reply ("newer than any version this server
     * issued") instead of being skipped as malformed and leaving its request unanswered.
     */
    long basis() throws ProtocolException {
        need(8, "a u64");
        long value = (Wire.u32(in, at) << 32) | Wire.u32(in, at + 4);
        at += 8;
        return value < 0 ? Long.MAX_VALUE : value;
    }

    String string() throws ProtocolException {
        int length = u16();
        return new String(bytes(length), StandardCharsets.UTF_8);
    }

    byte[] bytes(int count) throws ProtocolException {
        need(count, count + " bytes");
        byte[] bytes = new byte[count];
        in.get(at, bytes);
        at += count;
        return bytes;
    }

    /** A u16 count, then that many value codes ({@code 00} unset, {@code 01} false, {@code 02} true). */
    List<TagValue> values() throws ProtocolException {
        int count = u16();
        need(count, count + " value codes");
        List<TagValue> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            values.add(value(in.get(at++), i));
        }
        return values;
    }

    TagValue value(byte code, int index) throws ProtocolException {
        if (code < 0 || code > 2) {
            throw new ProtocolException(String.format("%s has value code 0x%02X at value %d, expected 00, 01 or 02",
                    what, code & 0xFF, index));
        }
        return TagValue.ofCode(code);
    }

    /** The body must hold exactly what its fields say: trailing bytes mean the peer framed it wrong. */
    void finish() throws ProtocolException {
        if (at != end) {
            throw new ProtocolException(what + " has " + (end - at) + " bytes more than its fields");
        }
    }

    void need(long count, String field) throws ProtocolException {
        if (count > end - at) {
            throw new ProtocolException(what + " ends before " + field + " (" + (end - at) + " bytes left)");
        }
    }
}
