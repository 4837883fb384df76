package dev.fitt.domain;

/**
 * What an accepted change did to a row's provenance: an annotator labelled it, a reviewer
 * corrected its labels (a correction counts as reviewed) or accepted them as they are.
 */
public enum ChangeKind {
    LABEL(0), CORRECTION(1), ACCEPT(2);

    private final byte code;

    ChangeKind(int code) {
        this.code = (byte) code;
    }

    /** Stable code for journals and the wire. */
    public byte code() {
        return code;
    }

    public static ChangeKind ofCode(int code) {
        for (ChangeKind kind : values()) {
            if (kind.code == code) {
                return kind;
            }
        }
        throw new IllegalArgumentException("change kind code " + code + " is unknown (0 label, 1 correction, 2 accept)");
    }
}
