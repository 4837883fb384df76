package dev.fitt.client.service;

import dev.fitt.domain.Frame;
import dev.fitt.domain.labelling.ClipWalk;
import dev.fitt.client.port.in.NavigateFramesUseCase;
import java.util.OptionalInt;

/**
 * Moving through the frames and between a frame's cameras; every move is told to the UI. The arrows
 * and the next unlabelled frame follow the session's walk (the annotator's assigned clips, or all).
 */
final class NavigationService implements NavigateFramesUseCase {
    private final SessionState state;

    NavigationService(SessionState state) {
        this.state = state;
    }

    @Override
    public int frameCount() {
        return state.frames.size();
    }

    @Override
    public int frameNumber() {
        return state.cursor.frameNumber();
    }

    @Override
    public Frame currentFrame() {
        return state.cursor.frame();
    }

    @Override
    public boolean nextFrame() {
        ClipWalk walk = state.walk();
        if (walk.walksAll()) {
            return frameMoved(state.cursor.next());
        }
        OptionalInt next = walk.next(state.cursor.frameNumber());
        return next.isPresent() && frameMoved(state.cursor.goTo(next.getAsInt()));
    }

    @Override
    public boolean previousFrame() {
        ClipWalk walk = state.walk();
        if (walk.walksAll()) {
            return frameMoved(state.cursor.previous());
        }
        OptionalInt previous = walk.previous(state.cursor.frameNumber());
        return previous.isPresent() && frameMoved(state.cursor.goTo(previous.getAsInt()));
    }

    @Override
    public void goToFrame(int frameNumber) {
        frameMoved(state.cursor.goTo(frameNumber));
    }

    @Override
    public boolean goToNextUnlabelledFrame() {
        int from = state.cursor.frameNumber();
        ClipWalk walk = state.walk();
        OptionalInt next = state.labels.withTable(table -> walk.nextUnlabelled(table, from));
        next.ifPresent(this::goToFrame);
        return next.isPresent();
    }

    @Override
    public int activeCamera() {
        return state.cursor.camera();
    }

    @Override
    public void nextCamera() {
        state.cursor.nextCamera();
        moved(true);
    }

    @Override
    public void previousCamera() {
        state.cursor.previousCamera();
        moved(true);
    }

    @Override
    public void selectCamera(int camera) {
        state.cursor.selectCamera(camera);
        moved(true);
    }

    /**
     * In single selection a frame is tagged camera by camera from the first (see
     * {@link ChoosingService}), so every new frame starts there; in multiple selection the active
     * camera stays, so an annotator watching one camera keeps watching it.
     */
    private boolean frameMoved(boolean changed) {
        if (changed && state.perCameraFlow()) {
            state.cursor.selectCamera(0);
        }
        return moved(changed);
    }

    private boolean moved(boolean changed) {
        if (changed) {
            state.events.frameChanged(state.cursor.frameNumber(), state.cursor.frame(), state.cursor.camera());
        }
        return changed;
    }
}
