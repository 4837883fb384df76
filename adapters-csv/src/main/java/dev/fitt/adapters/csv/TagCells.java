package dev.fitt.adapters.csv;

import dev.fitt.domain.TagValue;

/**
 * Tag cells as the original tool wrote and pandas reads them: True/False in any case, 1/0, or
 * empty for a row never labelled. Hand-rolled rather than a regex: it runs once per cell of a
 * million rows.
 */
final class TagCells {
    /** Returned by {@link #parse} for a cell that is no tag value. */
    static final byte INVALID = -1;
    static final String ACCEPTED = "use True, False, 1, 0 or leave empty";

    private static final byte UNSET = TagValue.UNSET.code();
    private static final byte TRUE = TagValue.TRUE.code();
    private static final byte FALSE = TagValue.FALSE.code();

    private TagCells() {
    }

    static byte parse(String cell) {
        int start = 0;
        int end = cell.length();
        while (start < end && cell.charAt(start) <= ' ') {
            start++;
        }
        while (end > start && cell.charAt(end - 1) <= ' ') {
            end--;
        }
        switch (end - start) {
            case 0:
                return UNSET;
            case 1:
                char c = cell.charAt(start);
                return c == '1' ? TRUE : c == '0' ? FALSE : INVALID;
            case 4:
                return cell.regionMatches(true, start, "true", 0, 4) ? TRUE : INVALID;
            case 5:
                return cell.regionMatches(true, start, "false", 0, 5) ? FALSE : INVALID;
            default:
                return INVALID;
        }
    }

    /** The text a save writes: null (an empty cell) for unset. */
    static String format(byte code) {
        if (code == TRUE) {
            return "True";
        }
        return code == FALSE ? "False" : null;
    }
}
