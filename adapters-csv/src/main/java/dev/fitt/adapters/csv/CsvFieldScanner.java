package dev.fitt.adapters.csv;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a CSV file one field at a time into a single reused buffer, splitting it exactly as
 * {@link CsvFiles#FORMAT} (commons-csv's {@code CSVFormat.DEFAULT}) does: comma, RFC 4180 double
 * quotes, CR, LF or CRLF ending a record, empty lines skipped, whitespace after a closing quote
 * ignored. Loads ({@link CsvFiles#scan}) and saves ({@link LabelledCopyWriter}) read a million
 * rows with it without making a String per cell.
 */
final class CsvFieldScanner {
    /** What {@link #nextField} found after the field: another field of the same record follows. */
    static final boolean MORE_FIELDS = true;

    private static final int EOF = -1;

    private final Reader in;
    private final String fileName;
    private final char[] input = new char[1 << 16];
    private int position;
    private int limit;
    private char[] field = new char[128];
    private int length;
    private long line = 1;
    private long recordLine;
    private int previous = EOF;

    CsvFieldScanner(Reader in, String fileName) {
        this.in = in;
        this.fileName = fileName;
    }

    /** Skips empty lines; false at the end of the file, true when a record starts. */
    boolean nextRecord() throws IOException {
        while (true) {
            int c = peek();
            if (c == EOF) {
                return false;
            }
            if (c != '\r' && c != '\n') {
                return true;
            }
            endOfLine(read());
        }
    }

    /**
     * Reads the next field of the current record; its text is then {@link #field()} up to
     * {@link #length()}.
     *
     * @return {@link #MORE_FIELDS} when a comma followed it, false when it ended its record
     * @throws MalformedCsvException for an unclosed quote or text after a closing quote
     */
    boolean nextField() throws IOException {
        length = 0;
        int c = read();
        if (c == '"') {
            return quoted();
        }
        while (true) {
            if (c == ',') {
                return MORE_FIELDS;
            }
            if (c == '\r' || c == '\n') {
                endOfRecord(c);
                return false;
            }
            if (c == EOF) {
                recordLine = line;
                return false;
            }
            append((char) c);
            c = read();
        }
    }

    /** Skips the rest of the current record. */
    void skipRecord() throws IOException {
        while (nextField() == MORE_FIELDS) {
            // Fields of rows past the loaded ones are only counted.
        }
    }

    /** The whole current record as Strings; for the header, read once per save. */
    List<String> readRecord() throws IOException {
        List<String> values = new ArrayList<>();
        boolean more;
        do {
            more = nextField();
            values.add(new String(field, 0, length));
        } while (more);
        return values;
    }

    /**
     * The line the record read last ended on, as commons-csv's {@code getCurrentLineNumber()} gives
     * it after a record: for messages about a record, known once its last field is read.
     */
    long recordLine() {
        return recordLine;
    }

    char[] field() {
        return field;
    }

    int length() {
        return length;
    }

    private boolean quoted() throws IOException {
        long startLine = line;
        while (true) {
            int c = read();
            if (c == '"') {
                if (peek() == '"') {
                    append((char) read());
                    continue;
                }
                return afterClosingQuote();
            }
            if (c == EOF) {
                throw new MalformedCsvException(fileName + " line " + startLine
                        + ": a quoted field is never closed (the file ends inside it)");
            }
            append((char) c);
        }
    }

    private boolean afterClosingQuote() throws IOException {
        while (true) {
            int c = read();
            if (c == ',') {
                return MORE_FIELDS;
            }
            if (c == EOF) {
                recordLine = line;
                return false;
            }
            if (c == '\r' || c == '\n') {
                endOfRecord(c);
                return false;
            }
            if (!Character.isWhitespace((char) c)) {
                throw new MalformedCsvException(fileName + " line " + line + ": '" + (char) c
                        + "' after a closing quote; a quoted field must be followed by a comma or the line's end");
            }
        }
    }

    /** The line end {@code c}, just read, ends the record: it ended on the line before. */
    private void endOfRecord(int c) throws IOException {
        recordLine = line - 1;
        endOfLine(c);
    }

    /** A CR directly followed by LF is one line end. */
    private void endOfLine(int c) throws IOException {
        if (c == '\r' && peek() == '\n') {
            read();
        }
    }

    private void append(char c) {
        if (length == field.length) {
            field = Arrays.copyOf(field, field.length * 2);
        }
        field[length++] = c;
    }

    private int read() throws IOException {
        if (position == limit && !fill()) {
            return EOF;
        }
        char c = input[position++];
        if (c == '\r' || c == '\n' && previous != '\r') {
            line++;
        }
        previous = c;
        return c;
    }

    private int peek() throws IOException {
        if (position == limit && !fill()) {
            return EOF;
        }
        return input[position];
    }

    private boolean fill() throws IOException {
        int read = in.read(input, 0, input.length);
        while (read == 0) {
            read = in.read(input, 0, input.length);
        }
        if (read < 0) {
            return false;
        }
        position = 0;
        limit = read;
        return true;
    }

    /** The file is not CSV as commons-csv reads it; the message names the file and line. */
    static final class MalformedCsvException extends IOException {
        private static final long serialVersionUID = 1L;

        MalformedCsvException(String message) {
            super(message);
        }
    }
}
