package dev.fitt.domain.labelling;

/** How many of some frames are labelled, for the always-visible counters. */
public record Progress(int labelled, int total) {
    public Progress {
        if (total < 0 || labelled < 0 || labelled > total) {
            throw new IllegalArgumentException("progress needs 0 <= labelled <= total, got " + labelled + "/" + total);
        }
    }

    public boolean isComplete() {
        return labelled == total;
    }
}
