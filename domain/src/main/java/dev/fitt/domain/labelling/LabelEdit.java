package dev.fitt.domain.labelling;

import dev.fitt.domain.TagChange;
import java.util.List;
import java.util.Objects;

/**
 * One annotator action as a command: the changes it makes ({@code apply}), the changes that
 * restore every touched row's previous values ({@code revert}, coalesced runs of equal rows), and
 * the frame the annotator was on, so undo and redo can show where it happened.
 */
public record LabelEdit(int frame, List<TagChange> apply, List<TagChange> revert) {
    public LabelEdit {
        Objects.requireNonNull(apply, "apply");
        Objects.requireNonNull(revert, "revert");
        apply = List.copyOf(apply);
        revert = List.copyOf(revert);
        if (frame < 0) {
            throw new IllegalArgumentException("an edit's frame must be >= 0, got " + frame);
        }
        if (apply.isEmpty() || revert.isEmpty()) {
            throw new IllegalArgumentException("an edit needs at least one change and its revert");
        }
        if (rowCount(apply) != rowCount(revert)) {
            throw new IllegalArgumentException("an edit's revert covers " + rowCount(revert)
                    + " rows but it changes " + rowCount(apply));
        }
    }

    /**
     * Builds the edit for {@code apply} (non-overlapping changes) while {@code table} still holds
     * the values before it, capturing them for undo.
     */
    public static LabelEdit capture(int frame, List<TagChange> apply, ClientLabelTable table) {
        TagRuns previous = new TagRuns();
        List<TagChange> sorted = apply.stream()
                .sorted((a, b) -> Integer.compare(a.first(), b.first())).toList();
        for (TagChange change : sorted) {
            for (TagChange run : table.runs(change.first(), change.last())) {
                previous.add(run.first(), run.last(), run.values());
            }
        }
        return new LabelEdit(frame, apply, previous.build());
    }

    /** The first row the edit touches, for showing it. */
    public int firstRow() {
        return apply.stream().mapToInt(TagChange::first).min().orElseThrow();
    }

    private static long rowCount(List<TagChange> changes) {
        return changes.stream().mapToLong(TagChange::rowCount).sum();
    }
}
