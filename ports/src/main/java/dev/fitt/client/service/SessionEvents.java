package dev.fitt.client.service;

import dev.fitt.domain.Frame;
import dev.fitt.domain.TagChange;
import dev.fitt.client.port.in.ConnectionState;
import dev.fitt.client.port.in.SessionListener;
import dev.fitt.client.port.in.WatchSessionUseCase;
import java.util.Objects;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Fans events out to every listener. A failing listener is logged and skipped, so one broken
 * view can neither stop the sender thread nor hide events from the others.
 */
final class SessionEvents implements SessionListener, WatchSessionUseCase {
    private static final System.Logger LOG = System.getLogger(SessionEvents.class.getName());

    private final List<SessionListener> listeners = new CopyOnWriteArrayList<>();

    @Override
    public void addListener(SessionListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    @Override
    public void removeListener(SessionListener listener) {
        listeners.remove(listener);
    }

    @Override
    public void frameChanged(int frameNumber, Frame frame, int activeCamera) {
        fire(l -> l.frameChanged(frameNumber, frame, activeCamera));
    }

    @Override
    public void labelsChanged(int first, int last) {
        fire(l -> l.labelsChanged(first, last));
    }

    @Override
    public void connectionChanged(ConnectionState state, int pendingEdits) {
        fire(l -> l.connectionChanged(state, pendingEdits));
    }

    @Override
    public void pendingChanged(int pendingEdits) {
        fire(l -> l.pendingChanged(pendingEdits));
    }

    @Override
    public void saveCompleted() {
        fire(SessionListener::saveCompleted);
    }

    @Override
    public void saveFailed(String message) {
        fire(l -> l.saveFailed(message));
    }

    @Override
    public void editKeptLocal(TagChange change) {
        fire(l -> l.editKeptLocal(change));
    }

    @Override
    public void editRejected(TagChange change, String message) {
        fire(l -> l.editRejected(change, message));
    }

    @Override
    public void labelsChangedByOthers(int first, int last) {
        fire(l -> l.labelsChangedByOthers(first, last));
    }

    @Override
    public void editConflicted(TagChange change, String message) {
        fire(l -> l.editConflicted(change, message));
    }

    @Override
    public void provenanceChanged(int first, int last) {
        fire(l -> l.provenanceChanged(first, last));
    }

    @Override
    public void provenanceLoading(int rowsDone, int rowsTotal) {
        fire(l -> l.provenanceLoading(rowsDone, rowsTotal));
    }

    @Override
    public void reviewRefused(int first, int last, String message) {
        fire(l -> l.reviewRefused(first, last, message));
    }

    @Override
    public void myClipsChanged() {
        fire(SessionListener::myClipsChanged);
    }

    private void fire(Consumer<SessionListener> event) {
        for (SessionListener listener : listeners) {
            try {
                event.accept(listener);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "session listener " + listener + " failed", e);
            }
        }
    }
}
