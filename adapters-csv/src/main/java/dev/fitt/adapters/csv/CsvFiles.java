package dev.fitt.adapters.csv;

import dev.fitt.ports.DatasetLoadException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads CSV files the one way every file of this adapter is read: UTF-8, optional BOM, RFC 4180.
 * Small files (the meta CSV) go through commons-csv a record at a time; data files, a million rows
 * each, through {@link CsvFieldScanner} a field at a time.
 */
final class CsvFiles {
    static final char BOM = '\uFEFF';
    /** No header mapping: headers are matched by trimmed name here, and rows may be longer than the header. */
    static final CSVFormat FORMAT = CSVFormat.DEFAULT;

    private CsvFiles() {
    }

    /** What a reader is told of each part of a file, in order. */
    interface Visitor {
        void header(List<String> names) throws DatasetLoadException;

        /** @param line the line the record ends on, for messages */
        void record(CSVRecord record, long line) throws DatasetLoadException;
    }

    /**
     * What a reader of a large file is told, field by field through one reused buffer, so a
     * million rows make no String per cell. The header comes whole.
     */
    interface FieldVisitor {
        void header(List<String> names) throws DatasetLoadException;

        /** A field of the current record; {@code text} is valid only during the call. */
        void field(int column, char[] text, int length) throws DatasetLoadException;

        /**
         * The current record has no more fields.
         *
         * @param line the line it ends on, for messages
         */
        void recordEnd(long line) throws DatasetLoadException;
    }

    /** Opens {@code file} as UTF-8 text, skipping a byte order mark. */
    static Reader open(Path file) throws IOException {
        BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        reader.mark(1);
        if (reader.read() != BOM) {
            reader.reset();
        }
        return reader;
    }

    /**
     * Reads {@code file} (a "{@code role}", e.g. "data CSV") into {@code visitor}.
     *
     * @return false when the file holds no record at all, not even a header
     */
    static boolean read(Path file, String role, Visitor visitor) throws DatasetLoadException {
        try (Reader in = open(file); CSVParser parser = FORMAT.parse(in)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                return false;
            }
            visitor.header(records.next().toList());
            while (records.hasNext()) {
                CSVRecord record = records.next();
                visitor.record(record, parser.getCurrentLineNumber());
            }
            return true;
        } catch (IOException e) {
            throw new DatasetLoadException(describe(file, role, e), e);
        } catch (UncheckedIOException e) {
            throw new DatasetLoadException(describe(file, role, e.getCause()), e);
        }
    }

    /**
     * Reads {@code file} (a "{@code role}") into {@code visitor} with {@link CsvFieldScanner}, which
     * splits records exactly as {@link #read} does.
     *
     * @return false when the file holds no record at all, not even a header
     */
    static boolean scan(Path file, String role, FieldVisitor visitor) throws DatasetLoadException {
        try (Reader in = open(file)) {
            CsvFieldScanner scanner = new CsvFieldScanner(in, name(file));
            if (!scanner.nextRecord()) {
                return false;
            }
            visitor.header(scanner.readRecord());
            while (scanner.nextRecord()) {
                int column = 0;
                boolean more;
                do {
                    more = scanner.nextField();
                    visitor.field(column++, scanner.field(), scanner.length());
                } while (more);
                visitor.recordEnd(scanner.recordLine());
            }
            return true;
        } catch (IOException e) {
            throw new DatasetLoadException(describe(file, role, e), e);
        }
    }

    static String describe(Path file, String role, IOException e) {
        if (e instanceof NoSuchFileException) {
            return role + " not found: " + file.toAbsolutePath();
        }
        if (e instanceof AccessDeniedException) {
            return role + " is not readable (permission denied): " + file.toAbsolutePath();
        }
        if (e instanceof CharacterCodingException) {
            return role + " " + file.toAbsolutePath() + " is not UTF-8 text; save it as UTF-8 CSV";
        }
        if (e instanceof CsvFieldScanner.MalformedCsvException) {
            return role + " " + file.toAbsolutePath() + " is not valid CSV: " + e.getMessage();
        }
        return "cannot read " + role + " " + file.toAbsolutePath() + ": " + e.getMessage();
    }

    static String name(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    /** The cell at {@code column}, or "" when the record is shorter (a ragged row). */
    static String cell(CSVRecord record, int column) {
        return column >= 0 && column < record.size() ? record.get(column) : "";
    }
}
