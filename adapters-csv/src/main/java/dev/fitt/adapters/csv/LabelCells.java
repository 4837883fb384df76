package dev.fitt.adapters.csv;

import dev.fitt.ports.DatasetLoadException;
import java.util.List;
import org.apache.commons.csv.CSVRecord;

/** Reads the tag cells of one record, naming file, line and column of a bad cell. */
final class LabelCells {
    private LabelCells() {
    }

    /** Calls {@code sink} with each tag's code, in tag order. */
    static void read(CSVRecord record, long line, List<TagColumn> columns, String fileName, Sink sink)
            throws DatasetLoadException {
        for (int t = 0; t < columns.size(); t++) {
            TagColumn column = columns.get(t);
            String cell = CsvFiles.cell(record, column.index());
            byte code = TagCells.parse(cell);
            if (code == TagCells.INVALID) {
                throw new DatasetLoadException(fileName + " line " + line + ", column " + column.name() + ": \""
                        + cell + "\" is not a tag value (" + TagCells.ACCEPTED + ")");
            }
            sink.accept(t, code);
        }
    }

    interface Sink {
        void accept(int tag, byte code);
    }
}
