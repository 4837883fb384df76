package dev.fitt.adapters.csv;

import dev.fitt.domain.FilePaths;
import dev.fitt.domain.ImageRows;
import dev.fitt.domain.LabelsSnapshot;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A data CSV as parsed ({@link DataFile}), kept in binary beside the saves with the fingerprint of
 * the CSV it came from. Reading it back takes a small part of the time parsing the CSV takes (a
 * million rows: tens of milliseconds against half a second or more). Clip ids and cameras, repeated
 * on every row, are kept once each with an index per row.
 */
final class RowsCacheFile {
    static final String KIND = "fitt parsed data CSV";
    /** Longer than any header name or clip id has reason to be; a bound against absurd lengths. */
    private static final int MAX_TEXT = 1 << 20;

    private RowsCacheFile() {
    }

    static void write(Path file, Fingerprint source, DataFile data) throws IOException {
        try (CacheOutput out = new CacheOutput(file, KIND)) {
            out.writeLong(source.size());
            out.writeLong(source.checksum());
            writeLayout(out, data.layout());
            out.writeString(data.formatBCode() == null ? "" : data.formatBCode());
            ImageRows rows = data.rows();
            int size = rows.size();
            out.writeInt(size);
            writeColumn(out, size, rows::clipId);
            writeColumn(out, size, rows::camera);
            writePaths(out, rows);
            LabelsSnapshot labels = data.labels();
            out.writeInt(labels.tagCount());
            out.writeBytes(labels.toCodes());
            out.commit();
        }
    }

    /** The data file kept in {@code file}, if it is there, intact, and was made from a CSV with fingerprint {@code source}. */
    static Optional<DataFile> read(Path file, Fingerprint source) throws IOException {
        try (CacheInput in = CacheInput.open(file, KIND)) {
            if (in.readLong() != source.size() || in.readLong() != source.checksum()) {
                return Optional.empty();
            }
            DataLayout layout = readLayout(in);
            String formatBCode = in.readString(MAX_TEXT);
            int size = in.readCount(Integer.BYTES * 3);
            String[] clipIds = readColumn(in, size);
            String[] cameras = readColumn(in, size);
            byte[] paths = new byte[in.readCount(1)];
            in.readBytes(paths);
            int[] starts = new int[size + 1];
            in.readInts(starts);
            int tags = in.readInt();
            if (tags != layout.tagCount()) {
                throw new IOException("holds " + tags + " tags per row for a layout of " + layout.tagCount());
            }
            byte[] cells = new byte[Math.multiplyExact(size, tags)];
            in.readBytes(cells);
            in.finish();
            ImageRows rows = new ImageRows(clipIds, cameras, FilePaths.ofPacked(paths, starts));
            return Optional.of(new DataFile(layout, layout.isFormatB() ? formatBCode : null, rows,
                    LabelsSnapshot.of(size, tags, cells)));
        }
    }

    private static void writeLayout(CacheOutput out, DataLayout layout) throws IOException {
        out.writeInt(layout.filePath());
        out.writeInt(layout.clipId());
        out.writeInt(layout.modality());
        out.writeInt(layout.formatBCode());
        out.writeInt(layout.tagCount());
        for (TagColumn column : layout.tagColumns()) {
            out.writeString(column.name());
            out.writeInt(column.index());
            out.writeInt(column.code() == null ? 0 : 1);
            out.writeString(column.code() == null ? "" : column.code());
        }
    }

    private static DataLayout readLayout(CacheInput in) throws IOException {
        int filePath = in.readInt();
        int clipId = in.readInt();
        int modality = in.readInt();
        int formatBCode = in.readInt();
        int count = in.readCount(Integer.BYTES * 4);
        List<TagColumn> columns = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String name = in.readString(MAX_TEXT);
            int index = in.readInt();
            boolean hasCode = in.readInt() == 1;
            String code = in.readString(MAX_TEXT);
            columns.add(new TagColumn(name, index, hasCode ? code : null));
        }
        return new DataLayout(filePath, clipId, modality, formatBCode, columns);
    }

    /** Distinct values in order of first appearance, then one index per row. */
    private static void writeColumn(CacheOutput out, int size, java.util.function.IntFunction<String> cell)
            throws IOException {
        Map<String, Integer> indexOf = new HashMap<>();
        List<String> distinct = new ArrayList<>();
        int[] indices = new int[size];
        for (int row = 0; row < size; row++) {
            String value = cell.apply(row);
            Integer index = indexOf.get(value);
            if (index == null) {
                index = distinct.size();
                indexOf.put(value, index);
                distinct.add(value);
            }
            indices[row] = index;
        }
        out.writeInt(distinct.size());
        for (String value : distinct) {
            out.writeString(value);
        }
        out.writeInts(indices);
    }

    private static String[] readColumn(CacheInput in, int size) throws IOException {
        String[] distinct = new String[in.readCount(Integer.BYTES)];
        for (int i = 0; i < distinct.length; i++) {
            distinct[i] = in.readString(MAX_TEXT);
        }
        int[] indices = new int[size];
        in.readInts(indices);
        String[] column = new String[size];
        for (int row = 0; row < size; row++) {
            int index = indices[row];
            if (index < 0 || index >= distinct.length) {
                throw new IOException("row " + row + " refers to value " + index + " of " + distinct.length);
            }
            column[row] = distinct[index];
        }
        return column;
    }

    /**
     * Paths as UTF-8 one after another, then where each starts: encoded twice, once to learn the
     * total length the reader needs first, because the packed form is not open outside the domain.
     */
    /** The packed UTF-8 of every path as the domain holds it, then where each starts: no path is decoded. */
    private static void writePaths(CacheOutput out, ImageRows rows) throws IOException {
        FilePaths paths = rows.filePaths();
        ByteBuffer utf8 = paths.packedUtf8();
        out.writeInt(utf8.remaining());
        out.writeBytes(utf8);
        out.writeInts(paths.packedStarts());
    }
}
