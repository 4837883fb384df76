package dev.fitt.adapters.csv;

import dev.fitt.ports.DatasetLoadException;

/**
 * Holds the records of a file to its header's width, field by field: a non-blank field past the
 * header is refused once the record has ended (only then is its line known). Such a field almost
 * always means an unquoted comma, which shifts every later cell into the wrong column; blank
 * fields past the header are fine (spreadsheets and the seed's own example end rows with a comma).
 */
final class RecordWidth {
    private final String fileName;
    private final int headerWidth;
    private int fields;
    /** The first non-blank field past the header in the current record, or null. */
    private String extra;
    private int extraField;

    RecordWidth(String fileName, int headerWidth) {
        this.fileName = fileName;
        this.headerWidth = headerWidth;
    }

    void field(int column, char[] text, int length) {
        fields = column + 1;
        if (column >= headerWidth && extra == null && !isBlank(text, length)) {
            extra = new String(text, 0, length);
            extraField = column + 1;
        }
    }

    /**
     * Gets ready for the next record.
     *
     * @param line the line the record ends on
     * @throws DatasetLoadException when the record has a non-blank field past the header
     */
    void finish(long line) throws DatasetLoadException {
        String found = extra;
        int count = fields;
        extra = null;
        fields = 0;
        if (found != null) {
            throw tooWide(fileName, line, count, headerWidth, extraField, found);
        }
    }

    static DatasetLoadException tooWide(String fileName, long line, int fields, int headerWidth, int field,
            String text) {
        return new DatasetLoadException(fileName + " line " + line + ": " + fields + " fields but the header has "
                + headerWidth + " (field " + field + " is \"" + text + "\"); quote a cell that holds a comma");
    }

    /** Spaces and control characters only, as around a tag value ({@link TagCells}). */
    private static boolean isBlank(char[] text, int length) {
        for (int i = 0; i < length; i++) {
            if (text[i] > ' ') {
                return false;
            }
        }
        return true;
    }
}
