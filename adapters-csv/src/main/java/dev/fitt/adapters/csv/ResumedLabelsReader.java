package dev.fitt.adapters.csv;

import dev.fitt.domain.ImageRows;
import dev.fitt.domain.LabelsSnapshot;
import dev.fitt.ports.DatasetLoadException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the labels of an earlier save (the {@code __labelled__} file), after checking row by row
 * that it belongs to the data file: the same rows with the same image paths. A mismatch stops the
 * load, so earlier work is never silently overwritten.
 */
final class ResumedLabelsReader implements CsvFiles.FieldVisitor {
    private final Path output;
    private final Path input;
    private final String fileName;
    private final DataFile data;
    private final byte[] labels;
    private List<TagColumn> columns;
    private LabelCells cells;
    private RecordWidth width;
    private int filePath;
    /** The current record's file_path, "" until its field comes (a ragged row may have none). */
    private String path = "";
    private int row;

    private ResumedLabelsReader(Path output, Path input, DataFile data) {
        this.output = output;
        this.input = input;
        this.fileName = CsvFiles.name(output);
        this.data = data;
        this.labels = new byte[data.rows().size() * data.layout().tagCount()];
    }

    static LabelsSnapshot read(Path output, Path input, DataFile data) throws DatasetLoadException {
        ResumedLabelsReader reader = new ResumedLabelsReader(output, input, data);
        if (!CsvFiles.scan(output, "saved labels file", reader)) {
            throw reader.mismatch("it is empty");
        }
        int expected = data.rows().size();
        if (reader.row != expected) {
            throw reader.mismatch("it has " + reader.row + " data rows, the data file " + expected);
        }
        return LabelsSnapshot.of(expected, data.layout().tagCount(), reader.labels);
    }

    @Override
    public void header(List<String> names) throws DatasetLoadException {
        DataLayout saved = DataLayout.of(names, fileName);
        filePath = saved.filePath();
        columns = new ArrayList<>();
        for (TagColumn wanted : data.layout().tagColumns()) {
            TagColumn found = saved.tagColumns().stream().filter(c -> c.name().equals(wanted.name())).findFirst()
                    .orElseThrow(() -> mismatch("it has no " + wanted.name() + " column"));
            columns.add(found);
        }
        cells = new LabelCells(columns, fileName);
        width = new RecordWidth(fileName, names.size());
    }

    @Override
    public void field(int column, char[] text, int length) {
        if (row >= data.rows().size()) {
            return; // rows past the data file's are only counted
        }
        width.field(column, text, length);
        if (column == filePath) {
            path = new String(text, 0, length);
        }
        cells.field(column, text, length);
    }

    @Override
    public void recordEnd(long line) throws DatasetLoadException {
        ImageRows rows = data.rows();
        if (row >= rows.size()) {
            row++;
            return; // counted, reported once the whole file is read
        }
        width.finish(line);
        if (!path.equals(rows.filePath(row))) {
            throw mismatch("line " + line + " has file_path " + path + " where data row " + (row + 1) + " has "
                    + rows.filePath(row));
        }
        path = "";
        cells.finish(line, labels, row * columns.size());
        row++;
    }

    private DatasetLoadException mismatch(String why) {
        return new DatasetLoadException("saved labels " + output.toAbsolutePath() + " do not match data file "
                + input.toAbsolutePath() + ": " + why + ". Move or delete the saved file to start over, or load "
                + "the data file it was made from; it was left untouched");
    }
}
