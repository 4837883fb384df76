package dev.fitt.domain;

/** One cell of the label table: a row either has a tag, has not, or was never labelled. */
public enum TagValue {
    UNSET, FALSE, TRUE;

    private static final TagValue[] BY_CODE = values();

    /** Compact code used in label tables (0 = unset, 1 = false, 2 = true). */
    public byte code() {
        return (byte) ordinal();
    }

    public static TagValue ofCode(byte code) {
        if (code < 0 || code >= BY_CODE.length) {
            throw new IllegalArgumentException("no tag value with code " + code);
        }
        return BY_CODE[code];
    }

    public static TagValue of(boolean value) {
        return value ? TRUE : FALSE;
    }

    public boolean isSet() {
        return this != UNSET;
    }
}
