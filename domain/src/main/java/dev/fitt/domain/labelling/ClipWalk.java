package dev.fitt.domain.labelling;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The frames an annotator walks through (arrows, the next unlabelled frame, the slider, the progress
 * count): every frame, or only the frames of some clips (those assigned to the annotator), in
 * display order. A walk over some clips numbers its frames 0..{@link #size()}-1 as positions, so a
 * slider can cover them without gaps; frame numbers stay the dataset's. Lookups are binary
 * searches over the walked clips.
 */
public final class ClipWalk {
    private final FrameList frames;
    /** The walked clips, ascending; null: every clip. */
    private final int[] clips;
    /** firstPosition[i] is the position of clip clips[i]'s first frame; firstPosition[clips] = size. */
    private final int[] firstPosition;

    private ClipWalk(FrameList frames, int[] clips) {
        this.frames = Objects.requireNonNull(frames, "frames");
        this.clips = clips;
        if (clips == null) {
            this.firstPosition = null;
            return;
        }
        this.firstPosition = new int[clips.length + 1];
        for (int i = 0; i < clips.length; i++) {
            firstPosition[i + 1] = firstPosition[i] + frames.frameCountOf(clips[i]);
        }
    }

    /** Every frame of every clip. */
    public static ClipWalk all(FrameList frames) {
        return new ClipWalk(frames, null);
    }

    /** The frames of {@code clipNumbers} only (ascending, distinct, at least one, each a clip of {@code frames}). */
    public static ClipWalk of(FrameList frames, List<Integer> clipNumbers) {
        Objects.requireNonNull(clipNumbers, "clipNumbers");
        if (clipNumbers.isEmpty()) {
            throw new IllegalArgumentException("a walk over some clips needs at least one, got no clips");
        }
        int[] clips = clipNumbers.stream().mapToInt(Integer::intValue).toArray();
        for (int i = 0; i < clips.length; i++) {
            if (clips[i] < 0 || clips[i] >= frames.clipCount()) {
                throw new IllegalArgumentException("clip " + clips[i] + " is outside the dataset's clips 0.."
                        + (frames.clipCount() - 1));
            }
            if (i > 0 && clips[i] <= clips[i - 1]) {
                throw new IllegalArgumentException("the walked clips must be ascending and distinct, got "
                        + clipNumbers);
            }
        }
        return new ClipWalk(frames, clips);
    }

    public boolean walksAll() {
        return clips == null;
    }

    /** The walked clips, ascending (every clip for a walk over all). */
    public List<Integer> clips() {
        if (clips == null) {
            return java.util.stream.IntStream.range(0, frames.clipCount()).boxed().toList();
        }
        return Arrays.stream(clips).boxed().toList();
    }

    /** Number of walked frames. */
    public int size() {
        return clips == null ? frames.size() : firstPosition[clips.length];
    }

    /** The frame number at {@code position} (0..size-1) of the walk. */
    public int frameAt(int position) {
        if (position < 0 || position >= size()) {
            throw new IndexOutOfBoundsException("position " + position + " is outside the walk's 0.." + (size() - 1));
        }
        if (clips == null) {
            return position;
        }
        int i = lastAtOrBelow(firstPosition, clips.length, position);
        return frames.firstFrameOf(clips[i]) + position - firstPosition[i];
    }

    /**
     * The position of {@code frame} in the walk; for a frame outside it, the position of the next
     * walked frame (the last position past the walk's end), so a slider stays where the annotator is.
     */
    public int positionOf(int frame) {
        if (clips == null) {
            return frame;
        }
        int clip = frames.clipNumberOf(frame);
        int i = Arrays.binarySearch(clips, clip);
        if (i >= 0) {
            return firstPosition[i] + frame - frames.firstFrameOf(clip);
        }
        int after = -i - 1;
        return after < clips.length ? firstPosition[after] : size() - 1;
    }

    public boolean contains(int frame) {
        return clips == null ? frame >= 0 && frame < frames.size()
                : Arrays.binarySearch(clips, frames.clipNumberOf(frame)) >= 0;
    }

    /** The first walked frame after {@code frame}; empty past the walk's last frame. */
    public OptionalInt next(int frame) {
        if (contains(frame)) {
            int position = positionOf(frame);
            return position + 1 < size() ? OptionalInt.of(frameAt(position + 1)) : OptionalInt.empty();
        }
        int position = positionOf(frame);
        int candidate = frameAt(position);
        return candidate > frame ? OptionalInt.of(candidate) : OptionalInt.empty();
    }

    /** The last walked frame before {@code frame}; empty before the walk's first frame. */
    public OptionalInt previous(int frame) {
        int position = positionOf(frame);
        if (!contains(frame) && frameAt(position) < frame) {
            return OptionalInt.of(frameAt(position));
        }
        return position > 0 ? OptionalInt.of(frameAt(position - 1)) : OptionalInt.empty();
    }

    /**
     * The first walked frame after {@code frame} that is not fully labelled, wrapping to the walk's
     * start; {@code frame} itself is considered last. Empty when every walked frame is labelled.
     */
    public OptionalInt nextUnlabelled(ClientLabelTable table, int frame) {
        if (clips == null) {
            return table.nextUnlabelledFrame(frame);
        }
        int start = frame + 1;
        for (int clip : clips) {
            int found = table.firstUnlabelledFrame(Math.max(frames.firstFrameOf(clip), start), end(clip));
            if (found >= 0) {
                return OptionalInt.of(found);
            }
        }
        for (int clip : clips) {
            int found = table.firstUnlabelledFrame(frames.firstFrameOf(clip), Math.min(end(clip), start));
            if (found >= 0) {
                return OptionalInt.of(found);
            }
        }
        return OptionalInt.empty();
    }

    /** Labelled frames of the walk. */
    public Progress progress(ClientLabelTable table) {
        if (clips == null) {
            return table.datasetProgress();
        }
        int labelled = 0;
        for (int clip : clips) {
            labelled += table.clipProgress(clip).labelled();
        }
        return new Progress(labelled, size());
    }

    private int end(int clip) {
        return frames.firstFrameOf(clip) + frames.frameCountOf(clip);
    }

    private static int lastAtOrBelow(int[] starts, int count, int value) {
        int lo = 0;
        int hi = count - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= value) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}
