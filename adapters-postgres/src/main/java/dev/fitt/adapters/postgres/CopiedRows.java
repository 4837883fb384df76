package dev.fitt.adapters.postgres;

import dev.fitt.domain.FilePaths;
import dev.fitt.domain.RowProvenance;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A dataset's rows as {@code COPY (SELECT} {@link #COLUMNS} {@code ...) TO STDOUT} streams them in
 * PostgreSQL's text format, parsed as they arrive: the database sends the rows without waiting for
 * the reader between batches, as a cursor would, and no driver object is made per row or field. A
 * row comes as tab-separated fields ended by a newline (a tab, newline or backslash in a value
 * comes escaped with a backslash, a null as {@code \\N}), labels as {@code \\x} and two hex digits
 * a byte. Rows may come in any order; each goes to its place by its index. The clip and camera of a
 * row are most often the ones of the row before, and then share their string. The provenance comes
 * in the same rows, so the start reads the table once.
 */
final class CopiedRows extends OutputStream {
    /** The columns of the COPY, in the order parsed. */
    static final String COLUMNS = "row_index, clip_id, camera, file_path, labels, labelled_by,"
            + " (extract(epoch FROM labelled_at) * 1000000)::bigint, reviewed_by, review";
    /** The same without the keys (clip, camera, path: empty), when a {@link RowKeysCache} has them. */
    static final String WITHOUT_KEYS = "row_index, '', '', '', labels, labelled_by,"
            + " (extract(epoch FROM labelled_at) * 1000000)::bigint, reviewed_by, review";
    private static final int FIELDS = 9;
    /** Names looked up by their bytes before a String is made; more distinct names than this still work. */
    private static final int RECENT_NAMES = 64;

    final String[] clips;
    final String[] cameras;
    /** Each row's path as it came, at {@link #pathAt} in {@link #pathBytes}: a million Strings never exist. */
    private byte[] pathBytes;
    private int pathBytesUsed;
    /** Whether every row came after the one before it, as they do from a table nobody updated much. */
    private boolean inOrder = true;
    private int lastRow = -1;
    /** Who labelled or reviewed, and the review words: a few over many rows, one String each. */
    private final Map<String, String> names = new HashMap<>();
    private final List<String> recentNames = new ArrayList<>();
    private final List<byte[]> recentNameBytes = new ArrayList<>();
    private final int[] pathAt;
    private final int[] pathLength;
    final byte[] cells;
    /** Each row's provenance; {@link RowProvenance#NONE} for most, which nobody touched in fitt yet. */
    final RowProvenance[] provenance;
    private final int tagCount;
    private final int rowCount;
    private final boolean withKeys;
    private final BitSet seen;
    private final String dataset;
    private int count;
    /** The bytes of the row being parsed ({@link #starts} index into them). */
    private byte[] line;
    /** A row that came cut over several writes, put together. */
    private byte[] pending = new byte[256];
    private int pendingLength;
    private byte[] field = new byte[256];
    private final int[] starts = new int[FIELDS + 1];
    /** The clip and camera of the row before, as they came and as strings; null before the first row. */
    private byte[] lastClip;
    private String lastClipString;
    private byte[] lastCamera;
    private String lastCameraString;

    /** @param dataset names the dataset in errors */
    CopiedRows(int rowCount, int tagCount, String dataset) {
        this(rowCount, tagCount, dataset, true);
    }

    /** @param withKeys whether the rows come with their keys ({@link #COLUMNS}) or without ({@link #WITHOUT_KEYS}) */
    CopiedRows(int rowCount, int tagCount, String dataset, boolean withKeys) {
        this.withKeys = withKeys;
        int keyed = withKeys ? rowCount : 0;
        this.clips = new String[keyed];
        this.cameras = new String[keyed];
        // About what a path takes (a clip folder, a camera folder, a file name); grows when more.
        this.pathBytes = new byte[(int) Math.min(Integer.MAX_VALUE - 8, Math.max(1 << 10, 40L * keyed))];
        this.pathAt = new int[keyed];
        this.pathLength = new int[keyed];
        this.seen = new BitSet(rowCount);
        this.rowCount = rowCount;
        this.cells = new byte[Math.multiplyExact(rowCount, tagCount)];
        this.provenance = new RowProvenance[rowCount];
        Arrays.fill(provenance, RowProvenance.NONE);
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

    /**
     * The driver hands over one row per call; such a row is parsed where it is. A row cut over
     * several calls is put together in {@link #pending} first.
     */
    @Override
    public void write(byte[] bytes, int offset, int size) throws IOException {
        int end = offset + size;
        int from = offset;
        while (from < end) {
            int newline = indexOfNewline(bytes, from, end);
            if (newline < 0) {
                keep(bytes, from, end - from);
                return;
            }
            if (pendingLength == 0) {
                row(bytes, from, newline);
            } else {
                keep(bytes, from, newline - from);
                row(pending, 0, pendingLength);
                pendingLength = 0;
            }
            from = newline + 1;
        }
    }

    private static int indexOfNewline(byte[] bytes, int from, int end) {
        for (int i = from; i < end; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private void keep(byte[] bytes, int from, int size) {
        if (pending.length - pendingLength < size) {
            pending = Arrays.copyOf(pending, Math.max(pending.length * 2, pendingLength + size));
        }
        System.arraycopy(bytes, from, pending, pendingLength, size);
        pendingLength += size;
    }

    /** Parses the row in {@code bytes[from..to)} (without its newline). */
    private void row(byte[] bytes, int from, int to) throws IOException {
        line = bytes;
        int fields = 0;
        starts[0] = from;
        for (int i = from; i < to && fields < FIELDS; i++) {
            if (bytes[i] == '\t') {
                starts[++fields] = i + 1;
            }
        }
        if (fields != FIELDS - 1) {
            throw new IOException(dataset + ": a row came with " + (fields + 1) + " fields, not " + FIELDS);
        }
        starts[FIELDS] = to + 1;
        int row = parseIndex(starts[0], starts[1] - 1);
        if (row < 0 || row >= rowCount) {
            throw new IOException(dataset + ": row " + row + " is outside 0.." + (rowCount - 1));
        }
        if (seen.get(row)) {
            throw new IOException(dataset + ": row " + row + " came twice");
        }
        seen.set(row);
        if (withKeys) {
            keys(row);
        }
        labels(row, unescape(4));
        if (!isNull(5) || !isNull(7)) {
            provenance[row] = provenance(row);
        }
        count++;
    }

    private void keys(int row) {
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
        keepPath(row, unescape(3));
    }

    /** Whether field {@code index} is SQL null ({@code \\N}). */
    private boolean isNull(int index) {
        int from = starts[index];
        return starts[index + 1] - 1 - from == 2 && line[from] == '\\' && line[from + 1] == 'N';
    }

    /** The provenance columns, read by {@link PostgresProvenance#row}'s rule. */
    private RowProvenance provenance(int row) throws IOException {
        Instant labelledAt = isNull(6) ? null
                : Instant.EPOCH.plus(parseLong(starts[6], starts[7] - 1, row), ChronoUnit.MICROS);
        try {
            return PostgresProvenance.row(isNull(5) ? null : name(5), labelledAt, isNull(7) ? null : name(7),
                    isNull(8) ? null : name(8));
        } catch (IllegalArgumentException e) {
            throw new IOException(dataset + ": row " + row + ": " + e.getMessage(), e);
        }
    }

    /**
     * Field {@code index} as one of {@link #names}: the last few are found by their bytes, so no
     * String is made for a name seen before (a team is a few dozen people).
     */
    private String name(int index) {
        int size = unescape(index);
        for (int i = 0; i < recentNames.size(); i++) {
            byte[] bytes = recentNameBytes.get(i);
            if (Arrays.equals(field, 0, size, bytes, 0, bytes.length)) {
                return recentNames.get(i);
            }
        }
        String name = names.computeIfAbsent(new String(field, 0, size, StandardCharsets.UTF_8), n -> n);
        if (recentNames.size() < RECENT_NAMES) {
            recentNames.add(name);
            recentNameBytes.add(Arrays.copyOf(field, size));
        }
        return name;
    }

    private long parseLong(int from, int to, int row) throws IOException {
        boolean negative = from < to && line[from] == '-';
        long value = 0;
        for (int i = negative ? from + 1 : from; i < to; i++) {
            int digit = line[i] - '0';
            if (digit < 0 || digit > 9) {
                throw new IOException(dataset + ": row " + row + " has a labelling time that is not a number");
            }
            value = value * 10 + digit;
        }
        return negative ? -value : value;
    }

    private void keepPath(int row, int size) {
        if (pathBytes.length - pathBytesUsed < size) {
            long grown = Math.max(pathBytes.length + (pathBytes.length >> 1), (long) pathBytesUsed + size);
            pathBytes = Arrays.copyOf(pathBytes, (int) Math.min(Integer.MAX_VALUE - 8, grown));
        }
        inOrder &= row == lastRow + 1;
        lastRow = row;
        System.arraycopy(field, 0, pathBytes, pathBytesUsed, size);
        pathAt[row] = pathBytesUsed;
        pathLength[row] = size;
        pathBytesUsed += size;
    }

    /** The paths in row order, packed; call once every row came. */
    FilePaths paths() {
        if (inOrder) {
            int[] starts = Arrays.copyOf(pathAt, pathAt.length + 1);
            starts[pathAt.length] = pathBytesUsed;
            byte[] packed = pathBytes.length == pathBytesUsed ? pathBytes : Arrays.copyOf(pathBytes, pathBytesUsed);
            pathBytes = null;
            return FilePaths.ofPacked(packed, starts);
        }
        byte[] ordered = new byte[pathBytesUsed];
        int[] starts = new int[pathAt.length + 1];
        int at = 0;
        for (int row = 0; row < pathAt.length; row++) {
            starts[row] = at;
            System.arraycopy(pathBytes, pathAt[row], ordered, at, pathLength[row]);
            at += pathLength[row];
        }
        starts[pathAt.length] = at;
        pathBytes = null;
        return FilePaths.ofPacked(ordered, starts);
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
