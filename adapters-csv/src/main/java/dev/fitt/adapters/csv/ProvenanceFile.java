package dev.fitt.adapters.csv;

import dev.fitt.domain.Review;
import dev.fitt.domain.RowProvenance;
import dev.fitt.ports.DatasetLoadException;
import dev.fitt.ports.SaveFailedException;
import dev.fitt.server.port.out.ProvenanceStorePort;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Each row's provenance beside the labelled CSV, as {@code <output>.provenance.csv}: a header,
 * then one line per row with any provenance: {@code row} (0-based, in the data CSV's order),
 * {@code labelled_by}, {@code labelled_at} (ISO-8601 UTC, empty when unknown), {@code reviewed_by},
 * {@code review} (empty, accepted or corrected). A separate file, so the labelled CSV stays byte
 * for byte what it was. Written like a save: temp file, sync, rename, folder sync.
 */
final class ProvenanceFile implements ProvenanceStorePort {
    static final List<String> HEADER = List.of("row", "labelled_by", "labelled_at", "reviewed_by", "review");

    private final Path file;
    private final FileCommit commit;

    ProvenanceFile(Path file, FileCommit commit) {
        this.file = Objects.requireNonNull(file, "file");
        this.commit = Objects.requireNonNull(commit, "commit");
    }

    /** Ends the name of a provenance file, and of a provenance export: neither is a dataset of a folder. */
    static final String SUFFIX = ".provenance.csv";
    static final String EXPORT_SUFFIX = ".provenance-export.csv";

    static Path beside(Path output) {
        return output.resolveSibling(output.getFileName() + SUFFIX);
    }

    @Override
    public List<RowProvenance> loadProvenance(int rowCount) throws DatasetLoadException {
        RowProvenance[] rows = new RowProvenance[rowCount];
        Arrays.fill(rows, RowProvenance.NONE);
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(reader, CsvFiles.FORMAT)) {
            boolean header = true;
            for (CSVRecord record : parser) {
                if (header) {
                    header = false;
                    if (!record.toList().equals(HEADER)) {
                        throw problem(record, "the header must be " + String.join(",", HEADER));
                    }
                    continue;
                }
                int row = row(record, rowCount);
                rows[row] = provenance(record);
            }
        } catch (NoSuchFileException e) {
            return List.of(rows);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new DatasetLoadException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return List.of(rows);
    }

    private int row(CSVRecord record, int rowCount) throws DatasetLoadException {
        if (record.size() != HEADER.size()) {
            throw problem(record, "expected " + HEADER.size() + " fields, found " + record.size());
        }
        try {
            int row = Integer.parseInt(record.get(0));
            if (row < 0 || row >= rowCount) {
                throw problem(record, "field \"row\": " + row + " is outside the dataset's rows 0.." + (rowCount - 1));
            }
            return row;
        } catch (NumberFormatException e) {
            throw problem(record, "field \"row\": \"" + record.get(0) + "\" is not a row number");
        }
    }

    private RowProvenance provenance(CSVRecord record) throws DatasetLoadException {
        try {
            Instant at = record.get(2).isEmpty() ? Instant.EPOCH : Instant.parse(record.get(2));
            return new RowProvenance(record.get(1), at, record.get(3), Review.ofWord(record.get(4)));
        } catch (DateTimeParseException e) {
            throw problem(record, "field \"labelled_at\": \"" + record.get(2) + "\" is not an ISO-8601 time");
        } catch (IllegalArgumentException e) {
            throw problem(record, e.getMessage());
        }
    }

    private DatasetLoadException problem(CSVRecord record, String what) {
        return new DatasetLoadException(file + " line " + record.getRecordNumber() + ": " + what);
    }

    @Override
    public void saveProvenance(List<RowProvenance> fileOrder) throws SaveFailedException {
        SmallCsvFile.write(file, commit, printer -> {
            printer.printRecord(HEADER);
            List<String> line = new ArrayList<>(HEADER.size());
            for (int row = 0; row < fileOrder.size(); row++) {
                RowProvenance p = fileOrder.get(row);
                if (p.isEmpty()) {
                    continue;
                }
                line.clear();
                line.add(Integer.toString(row));
                line.add(p.labelledBy());
                line.add(p.labelledAt().equals(Instant.EPOCH) ? "" : p.labelledAt().toString());
                line.add(p.reviewedBy());
                line.add(p.review().word());
                printer.printRecord(line);
            }
        });
    }
}
