package dev.fitt.adapters.socket.protocol;

import dev.fitt.domain.LabelsSnapshot;
import dev.fitt.domain.TagValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
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
 *
 * <p>The server does not make the text whole: {@link #size} measures it and {@link #writeTo} writes
 * it a block of rows at a time from the snapshot, so a reply holds one block, not the whole text:
 * every client reads all labels when it connects, and a whole text per reply grows with the
 * dataset. {@link #write} makes the same text in one array, the reference the tests compare with.
 */
final class LabelsCsvWriter {
    private static final int CHUNK = 6;
    private static final TagValue[] VALUES = TagValue.values();
    /** Every chunk's text ending in a comma; immutable, made once per JVM as the comment above says. */
    private static final byte[][] MIDDLE = fragments(CHUNK, (byte) ',');
    /** Index n: every text of a row's last chunk of n cells, ending the line. */
    private static final byte[][][] LAST = lastFragments();

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
        byte[][] middle = MIDDLE;
        byte[][] last = LAST[lastSize];

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

    /** The length of the text {@link #write} makes, measured without making it. */
    static int size(List<String> columns, LabelsSnapshot labels) {
        Rows rows = new Rows(columns, labels, StreamedReplyWriter.BLOCK_BYTES);
        long total = rows.header.length;
        for (int first = 0; first < labels.rowCount(); first += rows.perBlock) {
            int count = rows.load(first);
            for (int row = 0; row < count; row++) {
                total += rows.rowBytes(row);
            }
        }
        if (total > Integer.MAX_VALUE - 16) {
            throw new IllegalStateException("the labels of " + labels.rowCount() + " rows x " + labels.tagCount()
                    + " tags need " + total + " bytes of CSV, more than one reply can carry");
        }
        return (int) total;
    }

    /** Writes the text {@link #write} makes to {@code out} in blocks of about {@code blockBytes}. */
    static void writeTo(List<String> columns, LabelsSnapshot labels, OutputStream out, int blockBytes)
            throws IOException {
        Rows rows = new Rows(columns, labels, blockBytes);
        out.write(rows.header);
        byte[] block = new byte[rows.perBlock * rows.maxRowBytes];
        for (int first = 0; first < labels.rowCount(); first += rows.perBlock) {
            int count = rows.load(first);
            int at = 0;
            for (int row = 0; row < count; row++) {
                at = rows.put(row, block, at);
            }
            out.write(block, 0, at);
        }
    }

    /** A block of rows' codes at a time, and the fragments their text is made of. */
    private static final class Rows {
        /** The longest cell, {@code False}, and its comma or line end. */
        private static final int MAX_CELL_BYTES = 6;

        final byte[] header;
        final int perBlock;
        final int maxRowBytes;
        private final LabelsSnapshot labels;
        private final int tags;
        private final int chunks;
        private final int lastSize;
        private final byte[][] middle;
        private final byte[][] last;
        private final byte[] codes;

        Rows(List<String> columns, LabelsSnapshot labels, int blockBytes) {
            this.labels = labels;
            this.tags = labels.tagCount();
            if (columns.size() != tags) {
                throw new IllegalArgumentException(columns.size() + " column names for " + tags + " tags");
            }
            this.header = header(columns);
            this.chunks = (tags + CHUNK - 1) / CHUNK;
            this.lastSize = tags - (chunks - 1) * CHUNK;
            this.middle = MIDDLE;
            this.last = LAST[lastSize];
            this.maxRowBytes = MAX_CELL_BYTES * tags;
            this.perBlock = Math.max(1, blockBytes / maxRowBytes);
            this.codes = new byte[perBlock * tags];
        }

        /** Loads the block of rows from {@code first}; returns how many rows it holds. */
        int load(int first) {
            int count = Math.min(perBlock, labels.rowCount() - first);
            labels.copyRows(first, count, codes);
            return count;
        }

        int rowBytes(int row) {
            int size = 0;
            int cell = row * tags;
            for (int c = 0; c < chunks; c++, cell += CHUNK) {
                boolean isLast = c == chunks - 1;
                size += (isLast ? last : middle)[key(codes, cell, isLast ? lastSize : CHUNK)].length;
            }
            return size;
        }

        /** Puts the text of the loaded block's row {@code row} at {@code at}; returns where it ends. */
        int put(int row, byte[] out, int at) {
            int cell = row * tags;
            for (int c = 0; c < chunks; c++, cell += CHUNK) {
                boolean isLast = c == chunks - 1;
                byte[] fragment = (isLast ? last : middle)[key(codes, cell, isLast ? lastSize : CHUNK)];
                System.arraycopy(fragment, 0, out, at, fragment.length);
                at += fragment.length;
            }
            return at;
        }
    }

    /** Tag value codes 0..2 of {@code size} cells read as a base-3 number, first cell lowest. */
    private static int key(byte[] codes, int from, int size) {
        int key = 0;
        for (int i = size - 1; i >= 0; i--) {
            key = key * 3 + codes[from + i];
        }
        return key;
    }

    private static byte[][][] lastFragments() {
        byte[][][] bySize = new byte[CHUNK + 1][][];
        for (int size = 1; size <= CHUNK; size++) {
            bySize[size] = fragments(size, (byte) '\n');
        }
        return bySize;
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
