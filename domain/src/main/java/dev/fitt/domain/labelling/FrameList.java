package dev.fitt.domain.labelling;

import dev.fitt.domain.Clip;
import dev.fitt.domain.ClipSearch;
import dev.fitt.domain.Frame;
import java.util.List;
import java.util.Objects;

/**
 * Every clip's frames in display order as one flat list, so the client can number frames
 * 0..N-1 for a slider and step across clip borders. Lookups are binary searches over the clips
 * because a dataset may hold a million rows.
 */
public final class FrameList {
    private final List<Clip> clips;
    /** firstFrame[c] is the frame number of clip c's first frame; firstFrame[clips] = N. */
    private final int[] firstFrame;

    public FrameList(List<Clip> clips) {
        Objects.requireNonNull(clips, "clips");
        this.clips = List.copyOf(clips);
        this.firstFrame = new int[this.clips.size() + 1];
        int expectedBegin = 0;
        for (int c = 0; c < this.clips.size(); c++) {
            Clip clip = this.clips.get(c);
            if (clip.begin() != expectedBegin) {
                throw new IllegalArgumentException("clip " + c + " begins at index " + clip.begin()
                        + " but the clips before it end at " + expectedBegin + ": clips must cover every row");
            }
            expectedBegin = clip.end();
            firstFrame[c + 1] = firstFrame[c] + clip.frameCount();
        }
    }

    /** Number of frames N. */
    public int size() {
        return firstFrame[clips.size()];
    }

    /** Number of images (display rows) the clips cover. */
    public int rowCount() {
        return clips.isEmpty() ? 0 : clips.get(clips.size() - 1).end();
    }

    public int clipCount() {
        return clips.size();
    }

    public Clip clip(int clipNumber) {
        return clips.get(clipNumber);
    }

    public Frame frame(int frameNumber) {
        int c = clipNumberOf(frameNumber);
        return clips.get(c).frame(frameNumber - firstFrame[c]);
    }

    /** The clip (its position in the clip list) holding a frame. */
    public int clipNumberOf(int frameNumber) {
        checkFrame(frameNumber);
        int lo = 0;
        int hi = clips.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (firstFrame[mid] <= frameNumber) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    public int firstFrameOf(int clipNumber) {
        return firstFrame[clipNumber];
    }

    public int frameCountOf(int clipNumber) {
        return clips.get(clipNumber).frameCount();
    }

    /** The frame showing a display index. */
    public int frameOf(int displayIndex) {
        if (displayIndex < 0 || displayIndex >= rowCount()) {
            throw new IndexOutOfBoundsException("index " + displayIndex + " is outside 0.." + (rowCount() - 1));
        }
        int lo = ClipSearch.indexOf(clips, displayIndex);
        Clip clip = clips.get(lo);
        return firstFrame[lo] + (displayIndex - clip.begin()) / clip.cameras();
    }

    private void checkFrame(int frameNumber) {
        if (frameNumber < 0 || frameNumber >= size()) {
            throw new IndexOutOfBoundsException("frame " + frameNumber + " is outside 0.." + (size() - 1));
        }
    }
}
