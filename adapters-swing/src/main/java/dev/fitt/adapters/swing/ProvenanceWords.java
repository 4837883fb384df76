package dev.fitt.adapters.swing;

import dev.fitt.domain.Review;
import dev.fitt.domain.RowProvenance;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Who labelled and reviewed an image, in the words a camera view shows under its name. */
final class ProvenanceWords {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private ProvenanceWords() {
    }

    /**
     * E.g. "labelled by Ana · accepted by Ben", "labelled by Ana · not reviewed", "not labelled yet";
     * {@code labelled}: whether the image has a value now (a row labelled before fitt recorded
     * names has none).
     */
    static String of(RowProvenance row, boolean labelled) {
        String review = switch (row.review()) {
            case ACCEPTED -> "accepted by " + row.reviewedBy();
            case CORRECTED -> "corrected by " + row.reviewedBy();
            case NONE -> "";
        };
        if (row.labelledBy().isEmpty()) {
            if (!review.isEmpty()) {
                return review;
            }
            return labelled ? "labelled before names were recorded" : "not labelled yet";
        }
        return "labelled by " + row.labelledBy() + " \u00b7 " + (review.isEmpty() ? "not reviewed" : review);
    }

    /** The same with the time it was labelled, for the tooltip. */
    static String tooltip(RowProvenance row, boolean labelled) {
        return row.labelledAt().equals(Instant.EPOCH) ? of(row, labelled)
                : of(row, labelled) + " (labelled " + WHEN.format(row.labelledAt()) + ")";
    }

    /** Whether the review is a correction: shown in the warning colour, so an annotator notices it. */
    static boolean corrected(RowProvenance row) {
        return row.review() == Review.CORRECTED;
    }
}
