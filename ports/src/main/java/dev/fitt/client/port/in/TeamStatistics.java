package dev.fitt.client.port.in;

import dev.fitt.domain.AnnotatorStats;
import dev.fitt.domain.HourlyActivity;
import dev.fitt.domain.labelling.Progress;
import java.util.List;
import java.util.Objects;

/**
 * What the statistics panel shows of the dataset the session works on: each annotator's work,
 * the team's frames per hour over the last day, and the dataset's progress: {@code progress}
 * labelled frames of all, and {@code reviewedFrames} a reviewer has looked at.
 */
public record TeamStatistics(List<AnnotatorStats> annotators, HourlyActivity hours, Progress progress,
        int reviewedFrames) {
    public TeamStatistics {
        annotators = List.copyOf(annotators);
        Objects.requireNonNull(hours, "hours");
        Objects.requireNonNull(progress, "progress");
        if (reviewedFrames < 0) {
            throw new IllegalArgumentException("reviewedFrames must be >= 0, got " + reviewedFrames);
        }
    }
}
