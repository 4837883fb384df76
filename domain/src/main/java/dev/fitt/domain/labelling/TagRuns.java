package dev.fitt.domain.labelling;

import dev.fitt.domain.TagChange;
import dev.fitt.domain.TagValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Collects per-row tag vectors and merges adjacent rows with equal vectors into one
 * {@link TagChange}, so a clip of equal rows travels as a single change and undo of a range
 * stays compact even when its rows held different values.
 */
public final class TagRuns {
    private final List<TagChange> runs = new ArrayList<>();
    private int first = -1;
    private int last = -1;
    private List<TagValue> values;

    /** Adds one row; rows must come in increasing order. */
    public TagRuns add(int row, List<TagValue> rowValues) {
        return add(row, row, rowValues);
    }

    /** Adds rows {@code from..to} inclusive, all set to {@code rowValues}. */
    public TagRuns add(int from, int to, List<TagValue> rowValues) {
        Objects.requireNonNull(rowValues, "rowValues");
        if (from <= last) {
            throw new IllegalArgumentException("rows must be added in increasing order: " + from + " after " + last);
        }
        if (values != null && from == last + 1 && values.equals(rowValues)) {
            last = to;
            return this;
        }
        flush();
        first = from;
        last = to;
        values = List.copyOf(rowValues);
        return this;
    }

    public List<TagChange> build() {
        flush();
        return List.copyOf(runs);
    }

    private void flush() {
        if (values != null) {
            runs.add(new TagChange(first, last, values));
            values = null;
        }
    }
}
