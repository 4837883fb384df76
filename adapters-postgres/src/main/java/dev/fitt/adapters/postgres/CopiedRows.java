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
 * A dataset's rows as {@link #copy} streams them in PostgreSQL's binary COPY format, parsed as they
 * arrive: the database sends the rows without waiting for the reader between batches, as a cursor
 * would, and no driver object is made per row or field. Binary, not text: the database formats
 * nothing (no hex for the labels, no digits for numbers and times) and the parse needs no escapes,
 * which took a quarter of the database's time and most of the parse at a million rows.
 *
 * <p>The stream is a signature, flags and a header extension, then per row a field count and per
 * field its length (-1: null) and bytes, then a count of -1. Rows may come in any order; each goes
 * to its place by its index. The clip and camera of a row are most often the ones of the row before,
 * and then share their string. The provenance comes in the same rows, so the start reads the table
 * once.
 */
final class CopiedRows extends OutputStream {
    /** The columns, in the order parsed, with the types the parse reads. */
    private static final String COLUMNS = "row_index::int4, clip_id::text, camera::text, file_path::text, labels::bytea,"
            + " labelled_by::text, labelled_at::timestamptz, reviewed_by::text, review::text";
    /** The same without the keys (clip, camera, path), when a {@link RowKeysCache} has them. */
    private static final String WITHOUT_KEYS = "row_index::int4, labels::bytea, labelled_by::text,"
            + " labelled_at::timestamptz, reviewed_by::text, review::text";
    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};
    /** Signature, flags, length of the header extension. */
    private static final int HEADER = SIGNATURE.length + 8;
    /** PostgreSQL's times count microseconds from 2000-01-01 00:00 UTC. */
    private static final Instant POSTGRES_EPOCH = Instant.parse("2000-01-01T00:00:00Z");
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
    /** Fields per row: 9 with the keys, 6 without. */
    private final int fields;
    /** Field numbers of the parts read after the keys. */
    private final int labelsField;
    private final BitSet seen;
    private final String dataset;
    private int count;
    private boolean headerRead;
    private boolean ended;
    /** Bytes that did not make a whole header or row yet, kept for the next write. */
    private byte[] pending = new byte[256];
    private int pendingLength;
    /** The row being parsed: its bytes, and where each field starts and how long it is (-1: null). */
    private byte[] line;
    private final int[] starts;
    private final int[] lengths;
    /** The clip and camera of the row before, as they came and as strings; null before the first row. */
    private byte[] lastClip;
    private String lastClipString;
    private byte[] lastCamera;
    private String lastCameraString;

    /** @param dataset names the dataset in errors */
    CopiedRows(int rowCount, int tagCount, String dataset) {
        this(rowCount, tagCount, dataset, true);
    }

    /** @param withKeys whether the rows come with their keys (clip, camera, path) or without */
    CopiedRows(int rowCount, int tagCount, String dataset, boolean withKeys) {
        this.withKeys = withKeys;
        this.fields = withKeys ? 9 : 6;
        this.labelsField = withKeys ? 4 : 1;
        this.starts = new int[fields];
        this.lengths = new int[fields];
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

    /**
     * The COPY whose rows this parses: dataset {@code datasetId}'s rows, with or without their keys.
     * COPY takes no parameters; the id is a number the database gave.
     */
    static String copy(long datasetId, boolean withKeys) {
        return "COPY (SELECT " + (withKeys ? COLUMNS : WITHOUT_KEYS) + " FROM image_row WHERE dataset_id = "
                + datasetId + ") TO STDOUT (FORMAT binary)";
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
     * The driver hands over one row per call; such a row is parsed where it is. Bytes that do not
     * make a whole row are kept in {@link #pending} until the rest comes.
     */
    @Override
    public void write(byte[] bytes, int offset, int size) throws IOException {
        if (pendingLength == 0) {
            int at = parse(bytes, offset, offset + size);
            keep(bytes, at, offset + size - at);
            return;
        }
        keep(bytes, offset, size);
        int at = parse(pending, 0, pendingLength);
        System.arraycopy(pending, at, pending, 0, pendingLength - at);
        pendingLength -= at;
    }

    private void keep(byte[] bytes, int from, int size) {
        if (pending.length - pendingLength < size) {
            pending = Arrays.copyOf(pending, Math.max(pending.length * 2, pendingLength + size));
        }
        System.arraycopy(bytes, from, pending, pendingLength, size);
        pendingLength += size;
    }

    /** Parses the whole header and rows in {@code bytes[from..end)}; returns where the rest starts. */
    private int parse(byte[] bytes, int from, int end) throws IOException {
        int at = from;
        while (at < end) {
            int next = headerRead ? row(bytes, at, end) : header(bytes, at, end);
            if (next < 0) {
                return at;
            }
            at = next;
        }
        return at;
    }

    /** The header at {@code from}, checked; where it ends, or -1 when it has not all come yet. */
    private int header(byte[] bytes, int from, int end) throws IOException {
        if (end - from < HEADER) {
            return -1;
        }
        if (!Arrays.equals(bytes, from, from + SIGNATURE.length, SIGNATURE, 0, SIGNATURE.length)) {
            throw new IOException(dataset + ": the rows did not come in PostgreSQL's binary COPY format");
        }
        int flags = int32(bytes, from + SIGNATURE.length);
        if ((flags & 0xFFFF_0000) != 0) {
            throw new IOException(dataset + ": the rows came with COPY options fitt does not read (flags "
                    + Integer.toHexString(flags) + ")");
        }
        long extension = int32(bytes, from + SIGNATURE.length + 4) & 0xFFFF_FFFFL;
        if (end - from - HEADER < extension) {
            return -1;
        }
        headerRead = true;
        return (int) (from + HEADER + extension);
    }

    /** The row at {@code from}, parsed; where it ends, or -1 when it has not all come yet. */
    private int row(byte[] bytes, int from, int end) throws IOException {
        if (end - from < 2) {
            return -1;
        }
        int fieldCount = (short) ((bytes[from] & 0xFF) << 8 | bytes[from + 1] & 0xFF);
        int at = from + 2;
        if (fieldCount == -1) {
            ended = true;
            return at;
        }
        if (ended) {
            throw new IOException(dataset + ": a row came after the end of the rows");
        }
        if (fieldCount != fields) {
            throw new IOException(dataset + ": a row came with " + fieldCount + " fields, not " + fields);
        }
        for (int field = 0; field < fields; field++) {
            if (end - at < 4) {
                return -1;
            }
            int length = int32(bytes, at);
            at += 4;
            if (length < -1) {
                throw new IOException(dataset + ": a field came with length " + length);
            }
            if (length > 0 && end - at < length) {
                return -1;
            }
            starts[field] = at;
            lengths[field] = length;
            at += Math.max(length, 0);
        }
        line = bytes;
        parsedRow();
        return at;
    }

    private void parsedRow() throws IOException {
        if (lengths[0] != 4) {
            throw new IOException(dataset + ": a row came without its index");
        }
        int row = int32(line, starts[0]);
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
        labels(row);
        int labelledBy = labelsField + 1;
        if (lengths[labelledBy] >= 0 || lengths[labelledBy + 2] >= 0) {
            provenance[row] = provenance(row, labelledBy);
        }
        count++;
    }

    private void keys(int row) throws IOException {
        int from = starts[1];
        int size = notNull(1, row);
        if (lastClipString == null || !Arrays.equals(line, from, from + size, lastClip, 0, lastClip.length)) {
            lastClip = Arrays.copyOfRange(line, from, from + size);
            lastClipString = new String(lastClip, StandardCharsets.UTF_8);
        }
        clips[row] = lastClipString;
        from = starts[2];
        size = notNull(2, row);
        if (lastCameraString == null || !Arrays.equals(line, from, from + size, lastCamera, 0, lastCamera.length)) {
            lastCamera = Arrays.copyOfRange(line, from, from + size);
            lastCameraString = new String(lastCamera, StandardCharsets.UTF_8);
        }
        cameras[row] = lastCameraString;
        keepPath(row, starts[3], notNull(3, row));
    }

    /** The length of field {@code field}, which the schema never leaves null. */
    private int notNull(int field, int row) throws IOException {
        if (lengths[field] < 0) {
            throw new IOException(dataset + ": row " + row + " came with a null key");
        }
        return lengths[field];
    }

    /** The provenance columns from {@code labelledBy} on, read by {@link PostgresProvenance#row}'s rule. */
    private RowProvenance provenance(int row, int labelledBy) throws IOException {
        int labelledAt = labelledBy + 1;
        Instant at = null;
        if (lengths[labelledAt] == 8) {
            at = POSTGRES_EPOCH.plus(int64(line, starts[labelledAt]), ChronoUnit.MICROS);
        } else if (lengths[labelledAt] >= 0) {
            throw new IOException(dataset + ": row " + row + " has a labelling time of " + lengths[labelledAt]
                    + " bytes");
        }
        try {
            return PostgresProvenance.row(name(labelledBy), at, name(labelledBy + 2), name(labelledBy + 3));
        } catch (IllegalArgumentException e) {
            throw new IOException(dataset + ": row " + row + ": " + e.getMessage(), e);
        }
    }

    /**
     * Field {@code field} as one of {@link #names}, null when null: the last few are found by their
     * bytes, so no String is made for a name seen before (a team is a few dozen people).
     */
    private String name(int field) {
        int size = lengths[field];
        if (size < 0) {
            return null;
        }
        int from = starts[field];
        for (int i = 0; i < recentNames.size(); i++) {
            byte[] bytes = recentNameBytes.get(i);
            if (Arrays.equals(line, from, from + size, bytes, 0, bytes.length)) {
                return recentNames.get(i);
            }
        }
        String name = names.computeIfAbsent(new String(line, from, size, StandardCharsets.UTF_8), n -> n);
        if (recentNames.size() < RECENT_NAMES) {
            recentNames.add(name);
            recentNameBytes.add(Arrays.copyOfRange(line, from, from + size));
        }
        return name;
    }

    private void keepPath(int row, int from, int size) {
        if (pathBytes.length - pathBytesUsed < size) {
            long grown = Math.max(pathBytes.length + (pathBytes.length >> 1), (long) pathBytesUsed + size);
            pathBytes = Arrays.copyOf(pathBytes, (int) Math.min(Integer.MAX_VALUE - 8, grown));
        }
        inOrder &= row == lastRow + 1;
        lastRow = row;
        System.arraycopy(line, from, pathBytes, pathBytesUsed, size);
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

    /** The labels field, one byte a tag, into the row's cells. */
    private void labels(int row) throws IOException {
        int size = lengths[labelsField];
        if (size != tagCount) {
            throw new IOException(dataset + ": row " + row + " has " + Math.max(0, size) + " labels for "
                    + tagCount + " tags");
        }
        System.arraycopy(line, starts[labelsField], cells, row * tagCount, tagCount);
    }

    private static int int32(byte[] bytes, int at) {
        return (bytes[at] & 0xFF) << 24 | (bytes[at + 1] & 0xFF) << 16 | (bytes[at + 2] & 0xFF) << 8
                | bytes[at + 3] & 0xFF;
    }

    private static long int64(byte[] bytes, int at) {
        return (long) int32(bytes, at) << 32 | int32(bytes, at + 4) & 0xFFFF_FFFFL;
    }
}
