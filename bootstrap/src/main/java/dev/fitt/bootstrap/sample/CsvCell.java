package dev.fitt.bootstrap.sample;

/** RFC 4180 quoting for the one free-text cell we write (the image path may contain a comma). */
final class CsvCell {
    private CsvCell() {
    }

    static String of(String value) {
        if (value.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
