package dev.fitt.client.port.in;

import dev.fitt.domain.Frame;

/**
 * Moving through the dataset frame by frame (arrow keys, slider) and between the cameras of a
 * frame (Tab / Shift-Tab). Frames are numbered 0..{@link #frameCount()}-1 across all clips.
 */
public interface NavigateFramesUseCase {
    int frameCount();

    int frameNumber();

    Frame currentFrame();

    /** Next frame; stays on the last frame (returns false). */
    boolean nextFrame();

    /** Previous frame; stays on the first frame (returns false). */
    boolean previousFrame();

    /** Jumps to frame {@code frameNumber} (0-based, e.g. from a slider). */
    void goToFrame(int frameNumber);

    /**
     * Jumps to the next frame that is not fully labelled, wrapping past the last frame to the
     * first; false (and no move) when every frame is labelled.
     */
    boolean goToNextUnlabelledFrame();

    /** The active camera, 0..cameras-1 of the current frame. */
    int activeCamera();

    /** Tab: the next camera of the frame, wrapping. */
    void nextCamera();

    /** Shift-Tab: the previous camera of the frame, wrapping. */
    void previousCamera();

    void selectCamera(int camera);
}
