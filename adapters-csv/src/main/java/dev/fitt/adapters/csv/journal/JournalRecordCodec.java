package dev.fitt.adapters.csv.journal;

import dev.fitt.domain.Attribution;
import dev.fitt.domain.ChangeKind;
import dev.fitt.domain.RecordedChange;
import dev.fitt.domain.TagChange;
import dev.fitt.domain.TagValue;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * One journal record: {@code magic len:u32 crc32:u32 payload}. The checksum lets start-up tell a
 * torn or garbled record from a good one. Two kinds, both read:
 * <ul>
 * <li>{@code A5}, written until 2026-12 (no author): payload {@code first:u32 last:u32 count:u16
 * value...} with values as {@link TagValue#code()}; read as {@link Attribution#UNKNOWN}.</li>
 * <li>{@code A6}, with provenance: payload {@code kind:u8 atMillis:u64 nameLen:u16 name(UTF-8)
 * first:u32 last:u32 count:u16 value...}, kind as {@link ChangeKind#code()}.</li>
 * </ul>
 */
final class JournalRecordCodec {
    static final byte MAGIC = (byte) 0xA5;
    static final byte ATTRIBUTED_MAGIC = (byte) 0xA6;
    static final int HEADER = 9;
    /** No dataset has this many tags; anything larger is damage, not a record. */
    static final int MAX_TAGS = 65_535;
    /** kind, time and name length ahead of the change in an attributed record. */
    private static final int ATTRIBUTION_FIXED = 11;
    private static final int CHANGE_FIXED = 10;

    private JournalRecordCodec() {
    }

    static boolean startsRecord(byte b) {
        return b == MAGIC || b == ATTRIBUTED_MAGIC;
    }

    static int encodedSize(TagChange change, Attribution by) {
        if (!by.known()) {
            return HEADER + CHANGE_FIXED + change.values().size();
        }
        return HEADER + ATTRIBUTION_FIXED + by.annotator().getBytes(StandardCharsets.UTF_8).length + CHANGE_FIXED
                + change.values().size();
    }

    /** An attributed record, as every run since 2026-12 writes them; a change without an author as before. */
    static void encode(TagChange change, Attribution by, ByteBuffer out) {
        if (!by.known()) {
            encodeUnattributed(change, out);
            return;
        }
        byte[] name = by.annotator().getBytes(StandardCharsets.UTF_8);
        int count = change.values().size();
        byte[] payload = new byte[ATTRIBUTION_FIXED + name.length + CHANGE_FIXED + count];
        ByteBuffer p = ByteBuffer.wrap(payload);
        p.put(by.kind().code()).putLong(by.at().toEpochMilli()).putShort((short) name.length).put(name);
        putChange(change, p);
        finish(ATTRIBUTED_MAGIC, payload, out);
    }

    /** A record as runs before 2026-12 wrote them, without an author. */
    static void encodeUnattributed(TagChange change, ByteBuffer out) {
        byte[] payload = new byte[CHANGE_FIXED + change.values().size()];
        putChange(change, ByteBuffer.wrap(payload));
        finish(MAGIC, payload, out);
    }

    private static void putChange(TagChange change, ByteBuffer p) {
        p.putInt(change.first()).putInt(change.last()).putShort((short) change.values().size());
        for (TagValue value : change.values()) {
            p.put(value.code());
        }
    }

    private static void finish(byte magic, byte[] payload, ByteBuffer out) {
        CRC32 crc = new CRC32();
        crc.update(payload);
        out.put(magic).putInt(payload.length).putInt((int) crc.getValue()).put(payload);
    }

    /** Outcome of reading at one offset. */
    sealed interface Read permits Good, Truncated, Damaged {
    }

    record Good(RecordedChange recorded, int length) implements Read {
        TagChange change() {
            return recorded.change();
        }
    }

    record Truncated() implements Read {
    }

    record Damaged(String why) implements Read {
    }

    static Read read(byte[] bytes, int offset) {
        int available = bytes.length - offset;
        byte magic = bytes[offset];
        if (!startsRecord(magic)) {
            return new Damaged("no record starts here");
        }
        if (available < HEADER) {
            return new Truncated();
        }
        ByteBuffer b = ByteBuffer.wrap(bytes, offset + 1, HEADER - 1);
        int payloadLength = b.getInt();
        int expectedCrc = b.getInt();
        int fixed = magic == MAGIC ? CHANGE_FIXED : ATTRIBUTION_FIXED + CHANGE_FIXED;
        int most = fixed + MAX_TAGS + (magic == MAGIC ? 0 : 0xFFFF);
        if (payloadLength < fixed || payloadLength > most) {
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
        Attribution by = Attribution.UNKNOWN;
        if (magic == ATTRIBUTED_MAGIC) {
            int kind = p.get();
            long at = p.getLong();
            int nameLength = Short.toUnsignedInt(p.getShort());
            if (kind < 0 || kind > 2 || nameLength > p.remaining() - CHANGE_FIXED) {
                return new Damaged("record fields are inconsistent");
            }
            byte[] name = new byte[nameLength];
            p.get(name);
            try {
                by = new Attribution(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(name)).toString(), Instant.ofEpochMilli(at), ChangeKind.ofCode(kind));
            } catch (CharacterCodingException | IllegalArgumentException e) {
                return new Damaged("the author is not a name: " + e.getMessage());
            }
        }
        int first = p.getInt();
        int last = p.getInt();
        int count = Short.toUnsignedInt(p.getShort());
        if (count != p.remaining() || count == 0 || first < 0 || last < first) {
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
        return new Good(new RecordedChange(new TagChange(first, last, values), by), HEADER + payloadLength);
    }
}
