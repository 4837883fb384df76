package dev.fitt.adapters.csv;

import dev.fitt.domain.RowProvenance;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The labelled CSV with each row's provenance in four more columns: {@code labelled_by},
 * {@code labelled_at}, {@code reviewed_by}, {@code review} (accepted, corrected or empty). A copy
 * for people and training pipelines; the labelled CSV itself stays as the server saves it.
 */
final class ProvenanceExport {
    static final List<String> COLUMNS = List.of("labelled_by", "labelled_at", "reviewed_by", "review");

    private ProvenanceExport() {
    }

    static void write(Path labelledCsv, List<RowProvenance> fileOrder, Path out) throws IOException {
        Path temp = out.resolveSibling(out.getFileName() + ".tmp");
        try (Reader reader = Files.newBufferedReader(labelledCsv, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(reader, CsvFiles.FORMAT);
                BufferedWriter writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, CsvFiles.FORMAT)) {
            int row = -1;
            for (CSVRecord record : parser) {
                List<String> line = new ArrayList<>(record.toList());
                if (row < 0) {
                    line.addAll(COLUMNS);
                } else {
                    if (row >= fileOrder.size()) {
                        throw new IOException(labelledCsv + " line " + parser.getCurrentLineNumber() + ": more rows"
                                + " than the dataset's " + fileOrder.size());
                    }
                    RowProvenance p = fileOrder.get(row);
                    line.add(p.labelledBy());
                    line.add(p.labelledAt().equals(Instant.EPOCH) ? "" : p.labelledAt().toString());
                    line.add(p.reviewedBy());
                    line.add(p.review().word());
                }
                printer.printRecord(line);
                row++;
            }
            if (row != fileOrder.size()) {
                throw new IOException(labelledCsv + " has " + Math.max(row, 0) + " rows, the dataset "
                        + fileOrder.size());
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        Files.move(temp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
