package dev.fitt.domain;

import java.util.List;
import java.util.Objects;

/**
 * Every annotator's assignment on one dataset of {@code clipCount} clips, sorted by name; empty
 * when nobody has clips assigned (the dataset then works as if unassigned).
 */
public record DatasetAssignments(int clipCount, List<AnnotatorAssignment> annotators) {
    public DatasetAssignments {
        Objects.requireNonNull(annotators, "annotators");
        annotators = List.copyOf(annotators);
        if (clipCount < 0) {
            throw new IllegalArgumentException("a clip count is >= 0, got " + clipCount);
        }
        for (AnnotatorAssignment a : annotators) {
            if (!a.clips().isEmpty() && a.clips().get(a.clips().size() - 1) >= clipCount) {
                throw new IllegalArgumentException(a.annotator() + " holds clip index " + a.clips().get(
                        a.clips().size() - 1) + " of a dataset with " + clipCount + " clips");
            }
        }
    }

    /** How many clips nobody holds. */
    public int unassignedClips() {
        return clipCount - annotators.stream().mapToInt(a -> a.clips().size()).sum();
    }
}
