package dev.fitt.domain.labelling;

import dev.fitt.domain.Frame;
import java.util.Objects;

/**
 * Where the annotator is: the current frame (0..N-1) and the active camera within it. Moving
 * between frames stops at both ends; moving between cameras (Tab / Shift-Tab) wraps around. The
 * active camera is kept across frames when the new frame has it, so an annotator watching the
 * rear camera keeps watching it.
 */
public final class FrameCursor {
    private final FrameList frames;
    private int frameNumber;
    private int camera;

    public FrameCursor(FrameList frames) {
        this.frames = Objects.requireNonNull(frames, "frames");
        if (frames.size() == 0) {
            throw new IllegalArgumentException("a dataset with no frames cannot be labelled");
        }
    }

    public int frameNumber() {
        return frameNumber;
    }

    public int frameCount() {
        return frames.size();
    }

    public Frame frame() {
        return frames.frame(frameNumber);
    }

    public int clipNumber() {
        return frames.clipNumberOf(frameNumber);
    }

    public int camera() {
        return camera;
    }

    /** The display index of the active camera's image. */
    public int activeIndex() {
        return frame().index(camera);
    }

    /** Moves to the next frame; false (and no move) on the last frame. */
    public boolean next() {
        return goTo(Math.min(frameNumber + 1, frames.size() - 1));
    }

    /** Moves to the previous frame; false (and no move) on the first frame. */
    public boolean previous() {
        return goTo(Math.max(frameNumber - 1, 0));
    }

    /** Jumps to a frame (the slider); true when the frame changed. */
    public boolean goTo(int target) {
        if (target < 0 || target >= frames.size()) {
            throw new IndexOutOfBoundsException("frame " + target + " is outside 0.." + (frames.size() - 1));
        }
        if (target == frameNumber) {
            return false;
        }
        frameNumber = target;
        if (camera >= frame().cameras()) {
            camera = 0;
        }
        return true;
    }

    public void nextCamera() {
        camera = (camera + 1) % frame().cameras();
    }

    public void previousCamera() {
        int cameras = frame().cameras();
        camera = (camera + cameras - 1) % cameras;
    }

    public void selectCamera(int target) {
        frame().index(target);
        camera = target;
    }
}
