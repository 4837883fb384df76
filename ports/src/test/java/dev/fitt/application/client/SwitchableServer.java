package dev.fitt.application.client;

import dev.fitt.domain.TagChange;
import dev.fitt.ports.ChangeRejectedException;
import dev.fitt.ports.ImageUnavailableException;
import dev.fitt.ports.SaveFailedException;
import dev.fitt.ports.ServerUnreachableException;
import dev.fitt.ports.out.DatasetView;
import dev.fitt.ports.out.ImageContent;
import dev.fitt.ports.out.TaggingServerPort;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real in-process server that the test can switch "down" (every call fails as a lost
 * connection would) and "up", and that logs what reached it, in order.
 */
final class SwitchableServer implements TaggingServerPort {
    private final TaggingServerPort delegate;
    private final List<Object> received = new ArrayList<>();
    private final AtomicInteger rejectNext = new AtomicInteger();
    private volatile boolean up = true;

    SwitchableServer(TaggingServerPort delegate) {
        this.delegate = delegate;
    }

    void down() {
        up = false;
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
    public void save() throws SaveFailedException, ServerUnreachableException {
        checkUp();
        delegate.save();
        synchronized (this) {
            received.add("save");
        }
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
