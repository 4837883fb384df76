package dev.fitt.domain.labelling;

/** Display rows {@code first..last} inclusive. */
public record RowRange(int first, int last) {
    public RowRange {
        if (first < 0 || last < first) {
            throw new IllegalArgumentException("a row range needs 0 <= first <= last, got " + first + ".." + last);
        }
    }
}
