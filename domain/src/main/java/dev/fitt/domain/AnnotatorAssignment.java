package dev.fitt.domain;

import java.util.List;
import java.util.Objects;

/**
 * One annotator's assigned clips on a dataset (0-based clip indices in display order, ascending),
 * the frames they hold and how many of those are labelled: the lead's view of their progress.
 */
public record AnnotatorAssignment(String annotator, List<Integer> clips, int frames, int labelledFrames) {
    public AnnotatorAssignment {
        Objects.requireNonNull(annotator, "annotator");
        clips = new AssignedClips(true, clips).clips();
        if (frames < 0 || labelledFrames < 0 || labelledFrames > frames) {
            throw new IllegalArgumentException("inconsistent counts for " + annotator + ": " + labelledFrames
                    + " of " + frames + " frames labelled");
        }
    }
}
