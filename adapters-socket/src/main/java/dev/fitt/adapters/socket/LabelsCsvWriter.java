package dev.fitt.adapters.socket;

import dev.fitt.domain.LabelsSnapshot;
import dev.fitt.domain.TagValue;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes the labels reply's CSV text straight into bytes: a header of tag column names, then one
 * line per display row with cells {@code True}, {@code False} or empty.
 *
 * <p>A million rows must take milliseconds, so no per-cell formatting: the tags of a row are cut
 * into chunks of up to {@value #CHUNK}, and every possible chunk text (3^6 = 729 combinations) is
 * precomputed once; a row is then a few array copies. A first pass sums the lengths so the result
 * is allocated exactly once.
 */
final class LabelsCsvWriter {
    private static final int CHUNK = 6;
    private static final TagValue[] VALUES = TagValue.values();

    private LabelsCsvWriter() {
    }

    static byte[] write(List<String> columns, LabelsSnapshot labels) {
        int tags = labels.tagCount();
        if (columns.size() != tags) {
            throw new IllegalArgumentException(columns.size() + " column names for " + tags + " tags");
        }
        int rows = labels.rowCount();
        byte[] header = header(columns);
        byte[] codes = labels.toCodes();
        int chunks = (tags + CHUNK - 1) / CHUNK;
        int lastSize = tags - (chunks - 1) * CHUNK;
        byte[][] middle = fragments(CHUNK, (byte) ',');
        byte[][] last = fragments(lastSize, (byte) '\n');

        long total = header.length;
        for (int row = 0; row < rows; row++) {
            int cell = row * tags;
            for (int c = 0; c < chunks; c++, cell += CHUNK) {
                boolean isLast = c == chunks - 1;
                total += (isLast ? last : middle)[key(codes, cell, isLast ? lastSize : CHUNK)].length;
            }
        }
        if (total > Integer.MAX_VALUE - 16) {
            throw new IllegalStateException("the labels of " + rows + " rows x " + tags
                    + " tags need " + total + " bytes of CSV, more than one reply can carry");
        }
        byte[] out = new byte[(int) total];
        System.arraycopy(header, 0, out, 0, header.length);
        int at = header.length;
        for (int row = 0; row < rows; row++) {
            int cell = row * tags;
            for (int c = 0; c < chunks; c++, cell += CHUNK) {
                boolean isLast = c == chunks - 1;
                byte[] fragment = (isLast ? last : middle)[key(codes, cell, isLast ? lastSize : CHUNK)];
                System.arraycopy(fragment, 0, out, at, fragment.length);
                at += fragment.length;
            }
        }
        return out;
    }

    /** Tag value codes 0..2 of {@code size} cells read as a base-3 number, first cell lowest. */
    private static int key(byte[] codes, int from, int size) {
        int key = 0;
        for (int i = size - 1; i >= 0; i--) {
            key = key * 3 + codes[from + i];
        }
        return key;
    }

    private static byte[][] fragments(int size, byte terminator) {
        int combinations = 1;
        for (int i = 0; i < size; i++) {
            combinations *= VALUES.length;
        }
        byte[][] table = new byte[combinations][];
        for (int key = 0; key < combinations; key++) {
            StringBuilder text = new StringBuilder();
            int rest = key;
            for (int i = 0; i < size; i++) {
                if (i > 0) {
                    text.append(',');
                }
                text.append(cell(TagValue.ofCode((byte) (rest % VALUES.length))));
                rest /= VALUES.length;
            }
            byte[] body = text.toString().getBytes(StandardCharsets.US_ASCII);
            table[key] = new byte[body.length + 1];
            System.arraycopy(body, 0, table[key], 0, body.length);
            table[key][body.length] = terminator;
        }
        return table;
    }

    private static String cell(TagValue value) {
        switch (value) {
            case TRUE: return "True";
            case FALSE: return "False";
            default: return "";
        }
    }

    private static byte[] header(List<String> columns) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.writeBytes(Utf8.encode(quoted(columns.get(i))));
        }
        out.write('\n');
        return out.toByteArray();
    }

    /** RFC 4180 quoting, only where a name would otherwise break the line apart. */
    private static String quoted(String column) {
        if (column.indexOf(',') < 0 && column.indexOf('"') < 0 && column.indexOf('\n') < 0
                && column.indexOf('\r') < 0) {
            return column;
        }
        return '"' + column.replace("\"", "\"\"") + '"';
    }
}
