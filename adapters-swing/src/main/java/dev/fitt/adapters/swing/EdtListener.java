package dev.fitt.adapters.swing;

import dev.fitt.domain.Frame;
import dev.fitt.domain.TagChange;
import dev.fitt.client.port.in.ConnectionState;
import dev.fitt.client.port.in.SessionListener;
import javax.swing.SwingUtilities;

/**
 * Moves every session event onto the Swing event thread: the sender and watcher threads call in
 * from the background, and Swing components may only be touched on the EDT.
 */
final class EdtListener implements SessionListener {
    private final ClientController controller;

    EdtListener(ClientController controller) {
        this.controller = controller;
    }

    static void onEdt(Runnable body) {
        if (SwingUtilities.isEventDispatchThread()) {
            body.run();
        } else {
            SwingUtilities.invokeLater(body);
        }
    }

    @Override
    public void frameChanged(int frameNumber, Frame frame, int activeCamera) {
        onEdt(() -> controller.frameChanged(frameNumber));
    }

    @Override
    public void labelsChanged(int first, int last) {
        onEdt(controller::scheduleRender);
    }

    @Override
    public void connectionChanged(ConnectionState state, int pendingEdits) {
        onEdt(() -> controller.connectionChanged(state, pendingEdits));
    }

    @Override
    public void pendingChanged(int pendingEdits) {
        onEdt(controller::scheduleRender);
    }

    @Override
    public void saveCompleted() {
        onEdt(controller::saved);
    }

    @Override
    public void saveFailed(String message) {
        onEdt(() -> controller.saveFailed(message));
    }

    @Override
    public void editKeptLocal(TagChange change) {
        onEdt(() -> controller.keptLocal(change));
    }

    @Override
    public void editRejected(TagChange change, String message) {
        onEdt(() -> controller.rejected(change, message));
    }

    @Override
    public void labelsChangedByOthers(int first, int last) {
        onEdt(() -> controller.changedByOthers(first, last));
    }

    @Override
    public void editConflicted(TagChange change, String message) {
        onEdt(() -> controller.conflicted(change, message));
    }

    @Override
    public void provenanceChanged(int first, int last) {
        onEdt(controller::scheduleRender);
    }

    @Override
    public void provenanceLoading(int rowsDone, int rowsTotal) {
        onEdt(() -> controller.reviewLoading(rowsDone, rowsTotal));
    }

    @Override
    public void reviewRefused(int first, int last, String message) {
        onEdt(() -> controller.reviewRefused(first, last, message));
    }

    @Override
    public void myClipsChanged() {
        onEdt(controller::myClipsChanged);
    }
}
