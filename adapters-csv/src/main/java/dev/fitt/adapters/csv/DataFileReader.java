package dev.fitt.adapters.csv;

import dev.fitt.ports.DatasetLoadException;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a data CSV: rows (clip, camera, image path) and tag cells. Fields arrive one at a time in
 * a reused buffer ({@link CsvFiles#scan}); only a clip id or camera that differs from the row
 * before, and a non-ASCII path, become a String. At a million rows this is most of a first start.
 */
final class DataFileReader implements CsvFiles.FieldVisitor {
    private static final Logger LOG = LoggerFactory.getLogger(DataFileReader.class);
    static final int PROGRESS_EVERY = 250_000;

    /** What a column holds, besides tag cells (which {@link LabelCells} picks out). */
    private static final byte OTHER = 0;
    private static final byte CLIP_ID = 1;
    private static final byte MODALITY = 2;
    private static final byte FILE_PATH = 3;
    private static final byte FORMAT_B_CODE = 4;

    private final String fileName;
    private DataLayout layout;
    private byte[] roleOf;
    private RowsBuilder rows;
    private LabelCells cells;
    private RecordWidth width;
    private byte[] codes;
    private String formatBCode;

    private DataFileReader(String fileName) {
        this.fileName = fileName;
    }

    static DataFile read(Path dataCsv) throws DatasetLoadException {
        DataFileReader reader = new DataFileReader(CsvFiles.name(dataCsv));
        if (!CsvFiles.scan(dataCsv, "data CSV", reader)) {
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
        roleOf = new byte[names.size()];
        setRole(layout.clipId(), CLIP_ID);
        setRole(layout.modality(), MODALITY);
        setRole(layout.filePath(), FILE_PATH);
        setRole(layout.formatBCode(), FORMAT_B_CODE);
        rows = new RowsBuilder(layout.tagCount());
        cells = new LabelCells(layout.tagColumns(), fileName);
        width = new RecordWidth(fileName, names.size());
        codes = new byte[layout.tagCount()];
    }

    private void setRole(int column, byte role) {
        if (column >= 0) {
            roleOf[column] = role;
        }
    }

    @Override
    public void field(int column, char[] text, int length) {
        width.field(column, text, length);
        switch (column < roleOf.length ? roleOf[column] : OTHER) {
            case CLIP_ID -> rows.clipId(text, length);
            case MODALITY -> rows.camera(text, length);
            case FILE_PATH -> rows.filePath(text, length);
            case FORMAT_B_CODE -> {
                if (rows.size() == 0) {
                    formatBCode = TagCodes.normalize(new String(text, 0, length));
                }
            }
            default -> cells.field(column, text, length);
        }
    }

    @Override
    public void recordEnd(long line) throws DatasetLoadException {
        width.finish(line);
        if (layout.isFormatB() && rows.size() == 0 && (formatBCode == null || formatBCode.isEmpty())) {
            throw new DatasetLoadException(fileName + " line " + line + ", column " + "tag_code"
                    + ": empty, but the first data row must name the tag code of the label column (format B)");
        }
        cells.finish(line, codes, 0);
        rows.endRow(codes);
        if (rows.size() % PROGRESS_EVERY == 0) {
            LOG.info("{}: {} rows read", fileName, rows.size());
        }
    }
}
