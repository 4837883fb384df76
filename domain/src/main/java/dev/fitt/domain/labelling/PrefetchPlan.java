package dev.fitt.domain.labelling;

import dev.fitt.domain.Frame;
import java.util.ArrayList;
import java.util.List;

/**
 * Which images to fetch around the current frame, most urgent first: the current frame, then
 * the next {@code framesAhead} frames (the annotator mostly moves forward), then
 * {@code framesBehind} frames back. Bounded so a fast annotator never queues the whole dataset.
 */
public record PrefetchPlan(int framesAhead, int framesBehind) {
    public PrefetchPlan {
        if (framesAhead < 0 || framesBehind < 0) {
            throw new IllegalArgumentException("prefetch frame counts must be >= 0, got ahead=" + framesAhead
                    + " behind=" + framesBehind);
        }
    }

    /** Display indices to have ready while frame {@code frameNumber} is shown. */
    public List<Integer> indices(FrameList frames, int frameNumber) {
        List<Integer> out = new ArrayList<>();
        addFrame(frames.frame(frameNumber), out);
        for (int k = frameNumber + 1; k <= frameNumber + framesAhead && k < frames.size(); k++) {
            addFrame(frames.frame(k), out);
        }
        for (int k = frameNumber - 1; k >= frameNumber - framesBehind && k >= 0; k--) {
            addFrame(frames.frame(k), out);
        }
        return List.copyOf(out);
    }

    private static void addFrame(Frame frame, List<Integer> out) {
        for (int index = frame.first(); index <= frame.last(); index++) {
            out.add(index);
        }
    }
}
