package dev.fitt.client.service;

import dev.fitt.domain.AppliedChange;
import dev.fitt.domain.TagChange;
import dev.fitt.domain.VersionedLabels;
import dev.fitt.ports.ChangeConflictException;
import dev.fitt.ports.ChangeRejectedException;
import dev.fitt.ports.ImageUnavailableException;
import dev.fitt.ports.SaveFailedException;
import dev.fitt.ports.ServerUnreachableException;
import dev.fitt.client.port.out.DatasetView;
import dev.fitt.ports.ImageContent;
import dev.fitt.client.port.out.ServerCapabilities;
import dev.fitt.client.port.out.TaggingServerPort;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A real in-process server that the test can switch "down" (every call fails as a lost
 * connection would) and "up", and that logs what reached it, in order. By default it passes on
 * only the v1 abilities, like the original server; with extensions it also offers versioned edits
 * and live changes, and pushes of others' changes are lost while down (as over a dropped socket)
 * or held back until released (as on a slow link).
 */
final class SwitchableServer implements TaggingServerPort {
    private final TaggingServerPort delegate;
    private final List<Object> received = new ArrayList<>();
    private final AtomicInteger rejectNext = new AtomicInteger();
    private final boolean extensions;
    private final List<Runnable> heldPushes = new ArrayList<>();
    private final List<Runnable> lostListeners = new CopyOnWriteArrayList<>();
    private boolean holdingPushes;
    private volatile boolean up = true;

    SwitchableServer(TaggingServerPort delegate) {
        this(delegate, false);
    }

    SwitchableServer(TaggingServerPort delegate, boolean extensions) {
        this.delegate = delegate;
        this.extensions = extensions;
    }

    /** Pushes of others' changes wait until {@link #releasePushes()}. */
    synchronized void holdPushes() {
        holdingPushes = true;
    }

    /** Hands every held push to the client, in order, and stops holding. */
    void releasePushes() {
        List<Runnable> release;
        synchronized (this) {
            holdingPushes = false;
            release = List.copyOf(heldPushes);
            heldPushes.clear();
        }
        release.forEach(Runnable::run);
    }

    void down() {
        up = false;
    }

    /** Tells the client its connection ended, as a socket port does when it notices; the server stays up. */
    void loseConnection() {
        lostListeners.forEach(Runnable::run);
    }

    void up() {
        up = true;
    }

    /** The next {@code count} changes are refused by the server. */
    void rejectNext(int count) {
        rejectNext.set(count);
    }

    /** Changes and "save" markers in the order the server accepted them. */
    synchronized List<Object> received() {
        return List.copyOf(received);
    }

    synchronized List<TagChange> changes() {
        return received.stream().filter(TagChange.class::isInstance).map(TagChange.class::cast).toList();
    }

    @Override
    public DatasetView fetchDataset() throws ServerUnreachableException {
        checkUp();
        return delegate.fetchDataset();
    }

    @Override
    public ImageContent fetchImage(int index) throws ImageUnavailableException, ServerUnreachableException {
        checkUp();
        return delegate.fetchImage(index);
    }

    @Override
    public void tag(TagChange change) throws ChangeRejectedException, ServerUnreachableException {
        checkUp();
        if (rejectNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new ChangeRejectedException("rows " + change.first() + ".." + change.last() + " refused (test)");
        }
        delegate.tag(change);
        synchronized (this) {
            received.add(change);
        }
    }

    @Override
    public ServerCapabilities capabilities() throws ServerUnreachableException {
        checkUp();
        return extensions ? delegate.capabilities() : ServerCapabilities.V1_ONLY;
    }

    @Override
    public VersionedLabels fetchVersionedLabels() throws ServerUnreachableException {
        if (!extensions) {
            return TaggingServerPort.super.fetchVersionedLabels();
        }
        checkUp();
        return delegate.fetchVersionedLabels();
    }

    @Override
    public long tagIfCurrent(TagChange change, long basis)
            throws ChangeRejectedException, ChangeConflictException, ServerUnreachableException {
        if (!extensions) {
            return TaggingServerPort.super.tagIfCurrent(change, basis);
        }
        checkUp();
        long version = delegate.tagIfCurrent(change, basis);
        synchronized (this) {
            received.add(change);
        }
        return version;
    }

    @Override
    public AutoCloseable watchChanges(Consumer<AppliedChange> listener) throws ServerUnreachableException {
        if (!extensions) {
            return TaggingServerPort.super.watchChanges(listener);
        }
        checkUp();
        return delegate.watchChanges(applied -> relay(() -> listener.accept(applied)));
    }

    @Override
    public List<List<String>> fetchCameraNames() throws ServerUnreachableException {
        if (!extensions) {
            return TaggingServerPort.super.fetchCameraNames();
        }
        checkUp();
        return delegate.fetchCameraNames();
    }

    @Override
    public List<String> fetchClipIds() throws ServerUnreachableException {
        if (!extensions) {
            return TaggingServerPort.super.fetchClipIds();
        }
        checkUp();
        return delegate.fetchClipIds();
    }

    private void relay(Runnable push) {
        if (!up) {
            return;
        }
        synchronized (this) {
            if (holdingPushes) {
                heldPushes.add(push);
                return;
            }
        }
        push.run();
    }

    @Override
    public void save() throws SaveFailedException, ServerUnreachableException {
        checkUp();
        delegate.save();
        synchronized (this) {
            received.add("save");
        }
    }

    @Override
    public void whenConnectionLost(Runnable listener) {
        lostListeners.add(listener);
    }

    @Override
    public void ping() throws ServerUnreachableException {
        checkUp();
        delegate.ping();
    }

    @Override
    public void close() {
        delegate.close();
    }

    private void checkUp() throws ServerUnreachableException {
        if (!up) {
            throw new ServerUnreachableException("connection to 127.0.0.1:52973 lost (test: server down)");
        }
    }
}
