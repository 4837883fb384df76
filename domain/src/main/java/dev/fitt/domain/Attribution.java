package dev.fitt.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * Who made an accepted change, when, and as what (label, correction, accept). A change read from
 * a journal written before changes carried their author is {@link #UNKNOWN}: empty name, no time.
 */
public record Attribution(String annotator, Instant at, ChangeKind kind) {
    /** Longest annotator name, in UTF-16 units: it is a short display name, not a document. */
    public static final int MAX_NAME = 100;
    public static final Attribution UNKNOWN = new Attribution("", Instant.EPOCH, ChangeKind.LABEL);

    public Attribution {
        Objects.requireNonNull(annotator, "annotator");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(kind, "kind");
        if (annotator.length() > MAX_NAME) {
            throw new IllegalArgumentException("an annotator name has at most " + MAX_NAME + " characters, got "
                    + annotator.length());
        }
    }

    public static Attribution label(String annotator, Instant at) {
        return new Attribution(annotator, at, ChangeKind.LABEL);
    }

    public boolean known() {
        return !annotator.isEmpty();
    }
}
