package dev.fitt.adapters.postgres;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A dataset's rows as {@code COPY (SELECT row_index, clip_id, camera, file_path, labels ...) TO STDOUT}
 * streams them in PostgreSQL's text format, parsed as they arrive: the database sends the rows
 * without waiting for the reader between batches, as a cursor would, and no driver object is made
 * per row or field. A row comes as tab-separated fields ended by a newline (a tab, newline or
 * backslash in a value comes escaped with a backslash), labels as {@code \\x} and two hex digits a
 * byte. Rows may come in any order; each goes to its place by its index. The clip and camera of a
 * row are most often the ones of the row before, and then share their string.
 */
final class CopiedRows extends OutputStream {
    private static final int FIELDS = 5;

    final String[] clips;
    final String[] cameras;
    final String[] paths;
    final byte[] cells;
    private final int tagCount;
    private final String dataset;
    private int count;
    private byte[] line = new byte[256];
    private int length;
    private byte[] field = new byte[256];
    private final int[] starts = new int[FIELDS + 1];
    /** The clip and camera of the row before, as they came and as strings; null before the first row. */
    private byte[] lastClip;
    private String lastClipString;
    private byte[] lastCamera;
    private String lastCameraString;

    /** @param dataset names the dataset in errors */
    CopiedRows(int rowCount, int tagCount, String dataset) {
        this.clips = new String[rowCount];
        this.cameras = new String[rowCount];
        this.paths = new String[rowCount];
        this.cells = new byte[Math.multiplyExact(rowCount, tagCount)];
        this.tagCount = tagCount;
        this.dataset = dataset;
    }

    /** Rows read so far (each index once). */
    int count() {
        return count;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int size) throws IOException {
        int end = offset + size;
        for (int i = offset; i < end; i++) {
            byte b = bytes[i];
            if (b == '\n') {
                row();
                length = 0;
            } else {
                if (length == line.length) {
                    line = Arrays.copyOf(line, length * 2);
                }
                line[length++] = b;
            }
        }
    }

    private void row() throws IOException {
        int fields = 0;
        starts[0] = 0;
        for (int i = 0; i < length && fields < FIELDS; i++) {
            if (line[i] == '\t') {
                starts[++fields] = i + 1;
            }
        }
        if (fields != FIELDS - 1) {
            throw new IOException(dataset + ": a row came with " + (fields + 1) + " fields, not " + FIELDS);
        }
        starts[FIELDS] = length + 1;
        int row = parseIndex(starts[0], starts[1] - 1);
        if (row < 0 || row >= clips.length) {
            throw new IOException(dataset + ": row " + row + " is outside 0.." + (clips.length - 1));
        }
        if (paths[row] != null) {
            throw new IOException(dataset + ": row " + row + " came twice");
        }
        int size = unescape(1);
        if (lastClipString == null || !Arrays.equals(field, 0, size, lastClip, 0, lastClip.length)) {
            lastClip = Arrays.copyOf(field, size);
            lastClipString = new String(field, 0, size, StandardCharsets.UTF_8);
        }
        clips[row] = lastClipString;
        size = unescape(2);
        if (lastCameraString == null || !Arrays.equals(field, 0, size, lastCamera, 0, lastCamera.length)) {
            lastCamera = Arrays.copyOf(field, size);
            lastCameraString = new String(field, 0, size, StandardCharsets.UTF_8);
        }
        cameras[row] = lastCameraString;
        size = unescape(3);
        paths[row] = new String(field, 0, size, StandardCharsets.UTF_8);
        labels(row, unescape(4));
        count++;
    }

    private int parseIndex(int from, int to) throws IOException {
        if (from >= to) {
            throw new IOException(dataset + ": a row came without its index");
        }
        long value = 0;
        for (int i = from; i < to; i++) {
            int digit = line[i] - '0';
            if (digit < 0 || digit > 9 || value > Integer.MAX_VALUE) {
                throw new IOException(dataset + ": a row index is not a number: "
                        + new String(line, from, to - from, StandardCharsets.UTF_8));
            }
            value = value * 10 + digit;
        }
        return value > Integer.MAX_VALUE ? -1 : (int) value;
    }

    /** Field {@code index} without its escapes, into {@link #field}; returns its length. */
    private int unescape(int index) {
        int from = starts[index];
        int to = starts[index + 1] - 1;
        if (field.length < to - from) {
            field = new byte[(to - from) * 2];
        }
        int size = 0;
        for (int i = from; i < to; i++) {
            byte b = line[i];
            if (b == '\\' && i + 1 < to) {
                b = switch (line[++i]) {
                    case 'b' -> '\b';
                    case 'f' -> '\f';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    case 't' -> '\t';
                    case 'v' -> 0x0B;
                    default -> line[i];
                };
            }
            field[size++] = b;
        }
        return size;
    }

    /** The labels field, {@code \x} and hex digits, into the row's cells. */
    private void labels(int row, int size) throws IOException {
        if (size < 2 || field[0] != '\\' || field[1] != 'x' || (size - 2) != 2 * tagCount) {
            throw new IOException(dataset + ": row " + row + " has " + Math.max(0, (size - 2) / 2) + " labels for "
                    + tagCount + " tags");
        }
        int at = row * tagCount;
        for (int i = 2; i < size; i += 2) {
            cells[at++] = (byte) (hex(field[i], row) << 4 | hex(field[i + 1], row));
        }
    }

    private int hex(byte digit, int row) throws IOException {
        int value = Character.digit(digit, 16);
        if (value < 0) {
            throw new IOException(dataset + ": row " + row + " has labels that are not hex digits");
        }
        return value;
    }
}
