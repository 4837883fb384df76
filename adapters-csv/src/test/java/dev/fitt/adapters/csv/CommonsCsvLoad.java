package dev.fitt.adapters.csv;

import dev.fitt.domain.ImageRows;
import dev.fitt.domain.LabelsSnapshot;
import dev.fitt.domain.TagValue;
import dev.fitt.ports.DatasetLoadException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVRecord;

/**
 * Data files and saved labels as loads read them before they streamed fields themselves:
 * commons-csv records, one String per cell. Kept as the reference the streaming readers
 * ({@link DataFileReader}, {@link ResumedLabelsReader}) must match: the same rows and labels, the
 * same messages for bad cells and for rows wider than their header.
 */
final class CommonsCsvLoad {
    private CommonsCsvLoad() {
    }

    static DataFile dataFile(Path dataCsv) throws DatasetLoadException {
        String fileName = CsvFiles.name(dataCsv);
        DataRecords records = new DataRecords(fileName);
        if (!CsvFiles.read(dataCsv, "data CSV", records)) {
            throw new DatasetLoadException("data CSV " + dataCsv.toAbsolutePath() + " is empty; " + DataLayout.NEEDS);
        }
        int size = records.paths.size();
        if (size == 0) {
            throw new DatasetLoadException(fileName + " has a header but no data rows; add at least one row");
        }
        byte[] labels = new byte[size * records.layout.tagCount()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = records.labels.get(i);
        }
        ImageRows rows = new ImageRows(records.clips.toArray(String[]::new), records.cameras.toArray(String[]::new),
                records.paths.toArray(String[]::new));
        return new DataFile(records.layout, records.formatBCode, rows,
                LabelsSnapshot.of(size, records.layout.tagCount(), labels));
    }

    /** The labels of {@code output}, or the mismatch message the old reader gave. */
    static LabelsSnapshot resumedLabels(Path output, Path input, DataFile data) throws DatasetLoadException {
        SavedRecords records = new SavedRecords(output, input, data);
        if (!CsvFiles.read(output, "saved labels file", records)) {
            throw records.mismatch("it is empty");
        }
        int expected = data.rows().size();
        if (records.row != expected) {
            throw records.mismatch("it has " + records.row + " data rows, the data file " + expected);
        }
        return LabelsSnapshot.of(expected, data.layout().tagCount(), records.labels);
    }

    private static void readCells(CSVRecord record, long line, List<TagColumn> columns, String fileName,
            byte[] into, int offset) throws DatasetLoadException {
        for (int t = 0; t < columns.size(); t++) {
            TagColumn column = columns.get(t);
            String cell = CsvFiles.cell(record, column.index());
            byte code = parse(cell);
            if (code == TagCells.INVALID) {
                throw new DatasetLoadException(fileName + " line " + line + ", column " + column.name() + ": \""
                        + cell + "\" is not a tag value (" + TagCells.ACCEPTED + ")");
            }
            into[offset + t] = code;
        }
    }

    /** A non-blank cell past the header's width is refused; blank ones are fine. */
    private static void checkWidth(CSVRecord record, long line, int width, String fileName)
            throws DatasetLoadException {
        for (int i = width; i < record.size(); i++) {
            if (!trimControl(record.get(i)).isEmpty()) {
                throw new DatasetLoadException(fileName + " line " + line + ": " + record.size()
                        + " fields but the header has " + width + " (field " + (i + 1) + " is \"" + record.get(i)
                        + "\"); quote a cell that holds a comma");
            }
        }
    }

    /** The old String parser, regionMatches and all. */
    private static byte parse(String cell) {
        String trimmed = trimControl(cell);
        switch (trimmed.length()) {
            case 0:
                return TagValue.UNSET.code();
            case 1:
                char c = trimmed.charAt(0);
                return c == '1' ? TagValue.TRUE.code() : c == '0' ? TagValue.FALSE.code() : TagCells.INVALID;
            case 4:
                return trimmed.regionMatches(true, 0, "true", 0, 4) ? TagValue.TRUE.code() : TagCells.INVALID;
            case 5:
                return trimmed.regionMatches(true, 0, "false", 0, 5) ? TagValue.FALSE.code() : TagCells.INVALID;
            default:
                return TagCells.INVALID;
        }
    }

    private static String trimControl(String cell) {
        int start = 0;
        int end = cell.length();
        while (start < end && cell.charAt(start) <= ' ') {
            start++;
        }
        while (end > start && cell.charAt(end - 1) <= ' ') {
            end--;
        }
        return cell.substring(start, end);
    }

    private static final class DataRecords implements CsvFiles.Visitor {
        private final String fileName;
        private final List<String> clips = new ArrayList<>();
        private final List<String> cameras = new ArrayList<>();
        private final List<String> paths = new ArrayList<>();
        private final List<Byte> labels = new ArrayList<>();
        private DataLayout layout;
        private String formatBCode;
        private int width;

        DataRecords(String fileName) {
            this.fileName = fileName;
        }

        @Override
        public void header(List<String> names) throws DatasetLoadException {
            layout = DataLayout.of(names, fileName);
            width = names.size();
        }

        @Override
        public void record(CSVRecord record, long line) throws DatasetLoadException {
            checkWidth(record, line, width, fileName);
            if (layout.isFormatB() && paths.isEmpty()) {
                formatBCode = TagCodes.normalize(CsvFiles.cell(record, layout.formatBCode()));
                if (formatBCode.isEmpty()) {
                    throw new DatasetLoadException(fileName + " line " + line + ", column " + "tag_code"
                            + ": empty, but the first data row must name the tag code of the label column (format B)");
                }
            }
            byte[] codes = new byte[layout.tagCount()];
            readCells(record, line, layout.tagColumns(), fileName, codes, 0);
            clips.add(CsvFiles.cell(record, layout.clipId()));
            cameras.add(CsvFiles.cell(record, layout.modality()));
            paths.add(CsvFiles.cell(record, layout.filePath()));
            for (byte code : codes) {
                labels.add(code);
            }
        }
    }

    private static final class SavedRecords implements CsvFiles.Visitor {
        private final Path output;
        private final Path input;
        private final String fileName;
        private final DataFile data;
        private final byte[] labels;
        private List<TagColumn> columns;
        private int filePath;
        private int width;
        private int row;

        SavedRecords(Path output, Path input, DataFile data) {
            this.output = output;
            this.input = input;
            this.fileName = CsvFiles.name(output);
            this.data = data;
            this.labels = new byte[data.rows().size() * data.layout().tagCount()];
        }

        @Override
        public void header(List<String> names) throws DatasetLoadException {
            DataLayout saved = DataLayout.of(names, fileName);
            filePath = saved.filePath();
            width = names.size();
            columns = new ArrayList<>();
            for (TagColumn wanted : data.layout().tagColumns()) {
                TagColumn found = saved.tagColumns().stream().filter(c -> c.name().equals(wanted.name())).findFirst()
                        .orElseThrow(() -> mismatch("it has no " + wanted.name() + " column"));
                columns.add(found);
            }
        }

        @Override
        public void record(CSVRecord record, long line) throws DatasetLoadException {
            ImageRows rows = data.rows();
            if (row >= rows.size()) {
                row++;
                return;
            }
            checkWidth(record, line, width, fileName);
            String path = CsvFiles.cell(record, filePath);
            if (!path.equals(rows.filePath(row))) {
                throw mismatch("line " + line + " has file_path " + path + " where data row " + (row + 1) + " has "
                        + rows.filePath(row));
            }
            readCells(record, line, columns, fileName, labels, row * columns.size());
            row++;
        }

        DatasetLoadException mismatch(String why) {
            return new DatasetLoadException("saved labels " + output.toAbsolutePath() + " do not match data file "
                    + input.toAbsolutePath() + ": " + why + ". Move or delete the saved file to start over, or load "
                    + "the data file it was made from; it was left untouched");
        }
    }
}
