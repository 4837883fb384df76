package dev.fitt.adapters.csv.journal;

import dev.fitt.domain.TagChange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * Reads one segment at start-up. Good records are kept, including those after a damaged stretch
 * (found again by their checksum); damaged bytes are never dropped silently: they are copied to
 * {@code <segment>.damaged} and reported.
 */
final class SegmentReader {
    private SegmentReader() {
    }

    static void read(Path segment, List<TagChange> changes, List<String> warnings) throws IOException {
        byte[] bytes = Files.readAllBytes(segment);
        ByteArrayOutputStream damaged = new ByteArrayOutputStream();
        int offset = 0;
        int good = 0;
        int firstDamage = -1;
        String firstWhy = null;
        boolean truncatedTail = false;
        while (offset < bytes.length) {
            JournalRecordCodec.Read read = JournalRecordCodec.read(bytes, offset);
            if (read instanceof JournalRecordCodec.Good g) {
                changes.add(g.change());
                good++;
                offset += g.length();
                continue;
            }
            if (read instanceof JournalRecordCodec.Truncated && nextRecordAfter(bytes, offset + 1) < 0) {
                truncatedTail = true;
                damaged.write(bytes, offset, bytes.length - offset);
                if (firstDamage < 0) {
                    firstDamage = offset;
                    firstWhy = "the last record is incomplete (a write cut short by a crash)";
                }
                break;
            }
            int next = nextRecordAfter(bytes, offset + 1);
            int end = next < 0 ? bytes.length : next;
            damaged.write(bytes, offset, end - offset);
            if (firstDamage < 0) {
                firstDamage = offset;
                firstWhy = read instanceof JournalRecordCodec.Damaged d ? d.why() : "the record is incomplete";
            }
            offset = end;
        }
        if (damaged.size() > 0) {
            Path keep = segment.resolveSibling(segment.getFileName() + ".damaged");
            Files.write(keep, damaged.toByteArray(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            warnings.add("journal " + segment + ": damage at byte " + firstDamage + " (" + firstWhy + "); "
                    + good + " good records replayed, " + damaged.size() + " damaged bytes set aside in " + keep
                    + (truncatedTail ? "; an incomplete last record was never acknowledged" : ""));
        }
    }

    /** Offset of the next well-formed record after {@code from}, or -1. */
    private static int nextRecordAfter(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == JournalRecordCodec.MAGIC
                    && JournalRecordCodec.read(bytes, i) instanceof JournalRecordCodec.Good) {
                return i;
            }
        }
        return -1;
    }
}
