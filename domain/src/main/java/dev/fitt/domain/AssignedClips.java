package dev.fitt.domain;

import java.util.List;
import java.util.Objects;

/**
 * The clips assigned to one annotator on one dataset, as 0-based clip indices in display order,
 * ascending and distinct. {@code datasetHasAssignments} is false when nobody on the dataset has
 * clips assigned: the dataset then works as if unassigned (everyone sees every clip).
 */
public record AssignedClips(boolean datasetHasAssignments, List<Integer> clips) {
    public static final AssignedClips NONE = new AssignedClips(false, List.of());

    public AssignedClips {
        Objects.requireNonNull(clips, "clips");
        clips = List.copyOf(clips);
        for (int i = 0; i < clips.size(); i++) {
            if (clips.get(i) < 0) {
                throw new IllegalArgumentException("clip index must be >= 0, got " + clips.get(i));
            }
            if (i > 0 && clips.get(i) <= clips.get(i - 1)) {
                throw new IllegalArgumentException("clips must be ascending and distinct, got " + clips);
            }
        }
        if (!datasetHasAssignments && !clips.isEmpty()) {
            throw new IllegalArgumentException("clips assigned on a dataset without assignments: " + clips);
        }
    }
}
