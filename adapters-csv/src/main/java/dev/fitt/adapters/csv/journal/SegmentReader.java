package dev.fitt.adapters.csv.journal;

import dev.fitt.domain.RecordedChange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * Reads one segment at start-up. Good records are kept, including those after a damaged stretch
 * (found again by their checksum); damaged bytes are never dropped silently: they are copied to
 * {@code <segment>.damaged} and reported. A segment still being written, or left by a crash,
 * ends in the zeros it was grown with ({@link SegmentFile}): the records end where only zeros
 * follow. No record starts with a zero byte, so the zeros cannot hide one.
 */
final class SegmentReader {
    private SegmentReader() {
    }

    static void read(Path segment, List<RecordedChange> changes, List<String> warnings) throws IOException {
        byte[] bytes = Files.readAllBytes(segment);
        ByteArrayOutputStream damaged = new ByteArrayOutputStream();
        int end = endOfRecords(bytes);
        int offset = 0;
        int good = 0;
        int firstDamage = -1;
        String firstWhy = null;
        boolean truncatedTail = false;
        while (offset < end) {
            JournalRecordCodec.Read read = JournalRecordCodec.read(bytes, offset);
            if (read instanceof JournalRecordCodec.Good g) {
                changes.add(g.recorded());
                good++;
                offset += g.length();
                continue;
            }
            if (cutShort(read, bytes, offset, end) && nextRecordAfter(bytes, offset + 1) < 0) {
                truncatedTail = true;
                damaged.write(bytes, offset, end - offset);
                if (firstDamage < 0) {
                    firstDamage = offset;
                    firstWhy = "the last record is incomplete (a write cut short by a crash)";
                }
                break;
            }
            int next = nextRecordAfter(bytes, offset + 1);
            int stretchEnd = next < 0 ? end : next;
            damaged.write(bytes, offset, stretchEnd - offset);
            if (firstDamage < 0) {
                firstDamage = offset;
                firstWhy = read instanceof JournalRecordCodec.Damaged d ? d.why() : "the record is incomplete";
            }
            offset = stretchEnd;
        }
        if (damaged.size() > 0) {
            Path keep = segment.resolveSibling(segment.getFileName() + ".damaged");
            Files.write(keep, damaged.toByteArray(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            warnings.add("journal " + segment + ": damage at byte " + firstDamage + " (" + firstWhy + "); "
                    + good + " good records replayed, " + damaged.size() + " damaged bytes set aside in " + keep
                    + (truncatedTail ? "; an incomplete last record was never acknowledged" : ""));
        }
    }

    /** Just after the last non-zero byte: what follows is the zeros the segment was grown with. */
    private static int endOfRecords(byte[] bytes) {
        int end = bytes.length;
        while (end > 0 && bytes[end - 1] == 0) {
            end--;
        }
        return end;
    }

    /**
     * Whether the record at {@code offset} is the start of one whose write was cut short: the file
     * ends inside it, or its own length reaches into the zeros after the records (a sync that never
     * completed in a grown segment).
     */
    private static boolean cutShort(JournalRecordCodec.Read read, byte[] bytes, int offset, int end) {
        if (read instanceof JournalRecordCodec.Truncated) {
            return true;
        }
        if (!JournalRecordCodec.startsRecord(bytes[offset])) {
            return false;
        }
        long length = Integer.toUnsignedLong(ByteBuffer.wrap(bytes, offset + 1, 4).getInt());
        return offset + JournalRecordCodec.HEADER + length > end;
    }

    /** Offset of the next well-formed record after {@code from}, or -1. */
    private static int nextRecordAfter(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (JournalRecordCodec.startsRecord(bytes[i])
                    && JournalRecordCodec.read(bytes, i) instanceof JournalRecordCodec.Good) {
                return i;
            }
        }
        return -1;
    }
}
