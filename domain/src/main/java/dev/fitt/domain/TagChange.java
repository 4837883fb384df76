package dev.fitt.domain;

import java.util.List;
import java.util.Objects;

/**
 * Sets the tag values of every display row from {@code first} to {@code last} inclusive: one row,
 * one frame, a clip or any range in a single edit.
 */
public record TagChange(int first, int last, List<TagValue> values) {
    public TagChange {
        Objects.requireNonNull(values, "values");
        values = List.copyOf(values);
        if (first < 0 || last < first) {
            throw new IllegalArgumentException("a change needs 0 <= first <= last, got " + first + ".." + last);
        }
        if (values.isEmpty()) {
            throw new IllegalArgumentException("a change needs at least one tag value");
        }
    }

    public static TagChange ofRow(int row, List<TagValue> values) {
        return new TagChange(row, row, values);
    }

    public int rowCount() {
        return last - first + 1;
    }
}
