package dev.fitt.adapters.csv;

import dev.fitt.domain.ClipAssignments;
import dev.fitt.ports.AssignmentRefusedException;
import dev.fitt.ports.DatasetLoadException;
import dev.fitt.ports.SaveFailedException;
import dev.fitt.server.port.out.AssignmentStorePort;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A dataset's clip assignments beside its labelled CSV, as {@code <output>.assignments.csv}: a
 * header, then one line per assigned clip, {@code annotator,clip_id}, by annotator. A lead may read
 * or even edit it; a bad line stops the dataset from loading with the file and line named. Written
 * as a save is: temp file, sync, rename, folder sync, so a crash leaves the old file or the new one.
 */
final class AssignmentsFile implements AssignmentStorePort {
    static final String SUFFIX = ".assignments.csv";
    static final List<String> HEADER = List.of("annotator", "clip_id");

    private final Path file;
    private final FileCommit commit;

    AssignmentsFile(Path file, FileCommit commit) {
        this.file = Objects.requireNonNull(file, "file");
        this.commit = Objects.requireNonNull(commit, "commit");
    }

    static Path beside(Path output) {
        return output.resolveSibling(output.getFileName() + SUFFIX);
    }

    @Override
    public ClipAssignments loadAssignments() throws DatasetLoadException {
        TreeMap<String, String> holders = new TreeMap<>();
        Map<String, Long> lines = new HashMap<>();
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
                if (record.size() != HEADER.size()) {
                    throw problem(record, "expected " + HEADER.size() + " fields, found " + record.size());
                }
                String annotator = field(record, 0);
                String clipId = field(record, 1);
                String before = holders.putIfAbsent(clipId, annotator);
                if (before != null) {
                    throw problem(record, "clip " + clipId + " is assigned to " + before + " already (line "
                            + lines.get(clipId) + ")");
                }
                lines.put(clipId, record.getRecordNumber());
            }
        } catch (NoSuchFileException e) {
            return ClipAssignments.NONE;
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new DatasetLoadException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return new ClipAssignments(holders);
    }

    private String field(CSVRecord record, int column) throws DatasetLoadException {
        String value = record.get(column);
        try {
            return column == 0 ? ClipAssignments.checkedAnnotator(value) : ClipAssignments.checkedClipId(value);
        } catch (IllegalArgumentException e) {
            throw problem(record, "field \"" + HEADER.get(column) + "\": " + e.getMessage());
        }
    }

    private DatasetLoadException problem(CSVRecord record, String what) {
        return new DatasetLoadException(file + " line " + record.getRecordNumber() + ": " + what);
    }

    /** One change at a time: the file is this server's alone (its output folder is held). */
    @Override
    public synchronized ClipAssignments changeAssignments(AssignmentChange change)
            throws AssignmentRefusedException, SaveFailedException {
        ClipAssignments before;
        try {
            before = loadAssignments();
        } catch (DatasetLoadException e) {
            throw new SaveFailedException("cannot read the assignments to change them: " + e.getMessage(), e);
        }
        ClipAssignments after = change.apply(before);
        write(after);
        return after;
    }

    private void write(ClipAssignments all) throws SaveFailedException {
        List<Map.Entry<String, String>> lines = new ArrayList<>(all.holders().entrySet());
        lines.sort(Map.Entry.<String, String>comparingByValue().thenComparing(Map.Entry.comparingByKey()));
        SmallCsvFile.write(file, commit, printer -> {
            printer.printRecord(HEADER);
            for (Map.Entry<String, String> line : lines) {
                printer.printRecord(line.getValue(), line.getKey());
            }
        });
    }
}
