package dev.fitt.adapters.csv;

import dev.fitt.ports.DatasetLoadException;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads a data CSV: rows (clip, camera, image path) and tag cells. */
final class DataFileReader implements CsvFiles.Visitor {
    private static final Logger LOG = LoggerFactory.getLogger(DataFileReader.class);
    static final int PROGRESS_EVERY = 250_000;

    private final String fileName;
    private DataLayout layout;
    private RowsBuilder rows;
    private LabelCells.Sink cells;
    private String formatBCode;

    private DataFileReader(String fileName) {
        this.fileName = fileName;
    }

    static DataFile read(Path dataCsv) throws DatasetLoadException {
        DataFileReader reader = new DataFileReader(CsvFiles.name(dataCsv));
        if (!CsvFiles.read(dataCsv, "data CSV", reader)) {
            throw new DatasetLoadException("data CSV " + dataCsv.toAbsolutePath() + " is empty; " + DataLayout.NEEDS);
        }
        if (reader.rows.size() == 0) {
            throw new DatasetLoadException(reader.fileName + " has a header but no data rows; add at least one row");
        }
        if (reader.rows.size() >= PROGRESS_EVERY) {
            LOG.info("{}: read all {} rows", reader.fileName, reader.rows.size());
        }
        return new DataFile(reader.layout, reader.formatBCode, reader.rows.rows(), reader.rows.labels());
    }

    @Override
    public void header(List<String> names) throws DatasetLoadException {
        layout = DataLayout.of(names, fileName);
        rows = new RowsBuilder(layout.tagCount());
        cells = rows::label;
    }

    @Override
    public void record(CSVRecord record, long line) throws DatasetLoadException {
        if (layout.isFormatB() && rows.size() == 0) {
            formatBCode = TagCodes.normalize(CsvFiles.cell(record, layout.formatBCode()));
            if (formatBCode.isEmpty()) {
                throw new DatasetLoadException(fileName + " line " + line + ", column " + "tag_code"
                        + ": empty, but the first data row must name the tag code of the label column (format B)");
            }
        }
        rows.add(CsvFiles.cell(record, layout.clipId()), CsvFiles.cell(record, layout.modality()),
                CsvFiles.cell(record, layout.filePath()));
        LabelCells.read(record, line, layout.tagColumns(), fileName, cells);
        if (rows.size() % PROGRESS_EVERY == 0) {
            LOG.info("{}: {} rows read", fileName, rows.size());
        }
    }
}
