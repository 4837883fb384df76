package dev.fitt.domain.labelling;

import dev.fitt.domain.Review;
import dev.fitt.domain.RowProvenance;
import dev.fitt.domain.TagValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Which frames a reviewer steps through: always frames labelled by someone else (a reviewer does
 * not review their own work); of those, when set, only frames an {@code annotator} labelled, frames
 * with {@code tag} chosen on some camera, frames with a camera nobody reviewed yet.
 *
 * @param annotator empty: anyone but the reviewer
 * @param tag the tag's number, -1 for any
 */
public record ReviewFilter(String annotator, int tag, boolean notYetReviewed) {
    public static final ReviewFilter ANY = new ReviewFilter("", -1, false);

    public ReviewFilter {
        Objects.requireNonNull(annotator, "annotator");
        annotator = annotator.strip();
        if (tag < -1) {
            throw new IllegalArgumentException("tag number must be -1 (any) or 0 and above, got " + tag);
        }
    }

    /**
     * Whether a frame matches: {@code rows} and {@code values} are its images' provenance and tag
     * values, camera by camera; {@code reviewer} is who reviews (their own rows never count).
     */
    public boolean matches(List<RowProvenance> rows, List<List<TagValue>> values, String reviewer) {
        if (rows.size() != values.size()) {
            throw new IllegalArgumentException(rows.size() + " rows of provenance for " + values.size() + " images");
        }
        boolean byOthers = false;
        boolean tagged = tag < 0;
        boolean open = !notYetReviewed;
        for (int i = 0; i < rows.size(); i++) {
            RowProvenance row = rows.get(i);
            String by = row.labelledBy();
            boolean counts = !by.isEmpty() && !by.equals(reviewer) && (annotator.isEmpty() || by.equals(annotator));
            byOthers |= counts;
            open |= counts && row.review() == Review.NONE;
            tagged |= tag >= 0 && tag < values.get(i).size() && values.get(i).get(tag) == TagValue.TRUE;
        }
        return byOthers && tagged && open;
    }

    /** In words, for the status bar; {@code tagNames} by tag number. */
    public String describe(List<String> tagNames) {
        List<String> parts = new ArrayList<>();
        if (!annotator.isEmpty()) {
            parts.add("by " + annotator);
        }
        if (tag >= 0) {
            parts.add("tag " + (tag < tagNames.size() ? tagNames.get(tag) : "#" + (tag + 1)));
        }
        if (notYetReviewed) {
            parts.add("not yet reviewed");
        }
        return parts.isEmpty() ? "all frames labelled by others" : String.join(" \u00b7 ", parts);
    }
}
