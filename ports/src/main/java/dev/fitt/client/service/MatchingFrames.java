package dev.fitt.client.service;

import dev.fitt.domain.labelling.FrameList;
import dev.fitt.domain.labelling.ReviewFilter;
import java.util.BitSet;
import java.util.Objects;

/**
 * Which frames match the review filter, kept as their labels and provenance change, so the count
 * the status line asks at every render does not walk the whole dataset. Counted whole once after
 * the filter or the reviewer changed; after that only the frames of rows that changed are judged
 * again. Any thread.
 *
 * <p>A frame is judged and its mark set under this object's lock, so of two threads telling of
 * changes to one frame, the later judgement (which saw both changes) is the one kept. The judge
 * takes the labels' and the provenance cache's locks inside this one; whoever tells of a change
 * must hold neither (the session fires its events after releasing them).
 */
final class MatchingFrames {
    /** Whether a frame matches {@code filter} for {@code reviewer}, by its labels and provenance now. */
    interface Judge {
        boolean matches(int frameNumber, ReviewFilter filter, String reviewer);
    }

    private final FrameList frames;
    private final Judge judge;
    private ReviewFilter filter;
    private String reviewer = "";
    /** The matching frames; null until counted for this filter and reviewer. */
    private BitSet matching;
    private int count;
    /** Frames judged so far, for tests: the count must not cost a walk. */
    private long judged;

    MatchingFrames(FrameList frames, ReviewFilter filter, Judge judge) {
        this.frames = Objects.requireNonNull(frames, "frames");
        this.filter = Objects.requireNonNull(filter, "filter");
        this.judge = Objects.requireNonNull(judge, "judge");
    }

    synchronized ReviewFilter filter() {
        return filter;
    }

    /** From now on frames are judged by {@code chosen}: counted again when next asked. */
    synchronized void filter(ReviewFilter chosen) {
        filter = Objects.requireNonNull(chosen, "filter");
        matching = null;
    }

    /** From now on {@code name}'s own frames do not count: counted again when next asked. */
    synchronized void reviewer(String name) {
        reviewer = Objects.requireNonNull(name, "reviewer");
        matching = null;
    }

    /** How many frames match; counts them all when the filter changed since. */
    synchronized int count() {
        countAll();
        return count;
    }

    /** Counts every frame, unless counted for this filter already (the whole provenance came in). */
    synchronized void countAll() {
        if (matching != null) {
            return;
        }
        matching = new BitSet(frames.size());
        count = 0;
        for (int frame = 0; frame < frames.size(); frame++) {
            if (matches(frame)) {
                matching.set(frame);
                count++;
            }
        }
    }

    /** Rows {@code first..last} have other labels or provenance now: their frames are judged again. */
    synchronized void rowsChanged(int first, int last) {
        if (matching == null) {
            return;
        }
        int to = frames.frameOf(last);
        for (int frame = frames.frameOf(first); frame <= to; frame++) {
            boolean now = matches(frame);
            if (now != matching.get(frame)) {
                matching.set(frame, now);
                count += now ? 1 : -1;
            }
        }
    }

    /**
     * The first frame after {@code current} that matches, going round to the start, never
     * {@code current} itself; -1 when none does. Only the frame it stops on is judged, afresh.
     */
    synchronized int nextAfter(int current) {
        countAll();
        for (int frame = marked(current); frame >= 0 && frame != current; frame = marked(frame)) {
            if (matches(frame)) {
                return frame;
            }
            // Marks follow the session's events; a judgement afresh is the last word.
            matching.clear(frame);
            count--;
        }
        return -1;
    }

    /** The next marked frame after {@code frame}, going round; -1 when none is marked. */
    private int marked(int frame) {
        int next = matching.nextSetBit(frame + 1);
        return next >= 0 ? next : matching.nextSetBit(0);
    }

    /** Whether a frame matches now, judged afresh. */
    synchronized boolean matches(int frameNumber) {
        judged++;
        return judge.matches(frameNumber, filter, reviewer);
    }

    synchronized long judged() {
        return judged;
    }
}
