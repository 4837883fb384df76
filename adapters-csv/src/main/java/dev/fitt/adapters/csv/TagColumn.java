package dev.fitt.adapters.csv;

/**
 * A data column holding one tag's cells: its trimmed header name, its position, and the tag code
 * its name gives (format A) or null when the code comes from the first row (format B).
 */
record TagColumn(String name, int index, String code) {
    TagColumn {
        if (name == null || name.isBlank() || index < 0) {
            throw new IllegalArgumentException("a tag column needs a name and a position, got " + name + "@" + index);
        }
    }
}
