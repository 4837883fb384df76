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

    /** The code of the cell {@code chars[0, length)}, or {@link #INVALID}. */
    static byte parse(char[] chars, int length) {
        int start = 0;
        int end = length;
        while (start < end && chars[start] <= ' ') {
            start++;
        }
        while (end > start && chars[end - 1] <= ' ') {
            end--;
        }
        switch (end - start) {
            case 0:
                return UNSET;
            case 1:
                char c = chars[start];
                return c == '1' ? TRUE : c == '0' ? FALSE : INVALID;
            case 4:
                return matches(chars, start, "true") ? TRUE : INVALID;
            case 5:
                return matches(chars, start, "false") ? FALSE : INVALID;
            default:
                return INVALID;
        }
    }

    /**
     * Whether {@code chars} from {@code start} hold {@code lowerCase} in any case, compared as
     * {@link String#regionMatches(boolean, int, String, int, int)} compares (which earlier versions
     * used), so exactly the same cells are accepted.
     */
    private static boolean matches(char[] chars, int start, String lowerCase) {
        for (int i = 0; i < lowerCase.length(); i++) {
            char c = chars[start + i];
            if (c != lowerCase.charAt(i) && Character.toLowerCase(Character.toUpperCase(c)) != lowerCase.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The text a save writes: null (an empty cell) for unset. */
    static String format(byte code) {
        if (code == TRUE) {
            return "True";
        }
        return code == FALSE ? "False" : null;
    }
}
