package dev.fitt.domain;

import java.util.Objects;

/**
 * Who sends an edit: {@code origin} names the connection or session (unique, so its own changes
 * are not pushed back to it), {@code annotator} the person, as provenance records them.
 */
public record Editor(String origin, String annotator) {
    public Editor {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(annotator, "annotator");
        if (annotator.isBlank() || annotator.length() > Attribution.MAX_NAME) {
            throw new IllegalArgumentException("an annotator name needs 1 to " + Attribution.MAX_NAME
                    + " characters and not only spaces, got \"" + annotator + "\"");
        }
    }

    /** A caller with no name of its own: provenance names it by its origin. */
    public static Editor anonymous(String origin) {
        return new Editor(origin, origin.length() > Attribution.MAX_NAME ? origin.substring(0, Attribution.MAX_NAME)
                : origin);
    }
}
