package dev.fitt.adapters.csv.journal;

import dev.fitt.domain.TagChange;
import dev.fitt.domain.TagValue;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * One journal record: {@code A5 len:u32 crc32:u32 payload}, payload {@code first:u32 last:u32
 * count:u16 value...} with values as {@link TagValue#code()}. The checksum lets start-up tell a
 * torn or garbled record from a good one.
 */
final class JournalRecordCodec {
    static final byte MAGIC = (byte) 0xA5;
    static final int HEADER = 9;
    /** No dataset has this many tags; anything larger is damage, not a record. */
    static final int MAX_TAGS = 65_535;

    private JournalRecordCodec() {
    }

    static int encodedSize(TagChange change) {
        return HEADER + 10 + change.values().size();
    }

    static void encode(TagChange change, ByteBuffer out) {
        int count = change.values().size();
        int payloadLength = 10 + count;
        byte[] payload = new byte[payloadLength];
        ByteBuffer p = ByteBuffer.wrap(payload);
        p.putInt(change.first()).putInt(change.last()).putShort((short) count);
        for (TagValue value : change.values()) {
            p.put(value.code());
        }
        CRC32 crc = new CRC32();
        crc.update(payload);
        out.put(MAGIC).putInt(payloadLength).putInt((int) crc.getValue()).put(payload);
    }

    /** Outcome of reading at one offset. */
    sealed interface Read permits Good, Truncated, Damaged {
    }

    record Good(TagChange change, int length) implements Read {
    }

    record Truncated() implements Read {
    }

    record Damaged(String why) implements Read {
    }

    static Read read(byte[] bytes, int offset) {
        int available = bytes.length - offset;
        if (bytes[offset] != MAGIC) {
            return new Damaged("no record starts here");
        }
        if (available < HEADER) {
            return new Truncated();
        }
        ByteBuffer b = ByteBuffer.wrap(bytes, offset + 1, HEADER - 1);
        int payloadLength = b.getInt();
        int expectedCrc = b.getInt();
        if (payloadLength < 10 || payloadLength > 10 + MAX_TAGS) {
            return new Damaged("record length " + Integer.toUnsignedString(payloadLength) + " is impossible");
        }
        if (available < HEADER + payloadLength) {
            return new Truncated();
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, offset + HEADER, payloadLength);
        if ((int) crc.getValue() != expectedCrc) {
            return new Damaged("checksum mismatch");
        }
        ByteBuffer p = ByteBuffer.wrap(bytes, offset + HEADER, payloadLength);
        int first = p.getInt();
        int last = p.getInt();
        int count = Short.toUnsignedInt(p.getShort());
        if (count != payloadLength - 10 || count == 0 || first < 0 || last < first) {
            return new Damaged("record fields are inconsistent");
        }
        List<TagValue> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            byte code = p.get();
            if (code < 0 || code > 2) {
                return new Damaged("tag value code " + code + " is unknown");
            }
            values.add(TagValue.ofCode(code));
        }
        return new Good(new TagChange(first, last, values), HEADER + payloadLength);
    }
}
