package dev.fitt.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * Who last labelled a row and when, and who reviewed it with what outcome. Empty names and
 * {@link Instant#EPOCH} stand for "not known" (a row never labelled, or labelled before fitt
 * recorded authors).
 */
public record RowProvenance(String labelledBy, Instant labelledAt, String reviewedBy, Review review) {
    public static final RowProvenance NONE = new RowProvenance("", Instant.EPOCH, "", Review.NONE);

    public RowProvenance {
        Objects.requireNonNull(labelledBy, "labelledBy");
        Objects.requireNonNull(labelledAt, "labelledAt");
        Objects.requireNonNull(reviewedBy, "reviewedBy");
        Objects.requireNonNull(review, "review");
        if (review == Review.NONE != reviewedBy.isEmpty()) {
            throw new IllegalArgumentException("a review needs a reviewer and a reviewer a review, got reviewed by \""
                    + reviewedBy + "\", review \"" + review.word() + "\"");
        }
    }

    /**
     * This row after {@code by}: a label starts a new, unreviewed history; a correction keeps who
     * labelled it (the annotator sees their row was corrected) and records the reviewer; an accept
     * records the reviewer only.
     */
    public RowProvenance after(Attribution by) {
        return switch (by.kind()) {
            case LABEL -> new RowProvenance(by.annotator(), by.at(), "", Review.NONE);
            case CORRECTION -> new RowProvenance(labelledBy, labelledAt, by.annotator(), Review.CORRECTED);
            case ACCEPT -> new RowProvenance(labelledBy, labelledAt, by.annotator(), Review.ACCEPTED);
        };
    }

    public boolean isEmpty() {
        return equals(NONE);
    }
}
