package dev.fitt.adapters.swing;

import dev.fitt.server.service.InProcessTaggingServer;
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
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * An in-process server that can speak only protocol v1 (as the original server does) and can
 * die: once {@link #die} ran, every call fails as an unreachable server does.
 */
final class SwitchableServer implements TaggingServerPort {
    private final InProcessTaggingServer server;
    private final boolean v1;
    private final List<Runnable> lostListeners = new CopyOnWriteArrayList<>();
    private volatile boolean dead;
    private volatile boolean conflictNext;

    SwitchableServer(InProcessTaggingServer server, boolean v1) {
        this.server = server;
        this.v1 = v1;
    }

    /** The server goes away; {@code noticed}: the connection says so at once (else it just goes silent). */
    void die(boolean noticed) {
        dead = true;
        if (noticed) {
            lostListeners.forEach(Runnable::run);
        }
    }

    /** The next versioned edit is refused as a conflict, as if someone else had changed its rows first. */
    void conflictNext() {
        conflictNext = true;
    }

    private void check() throws ServerUnreachableException {
        if (dead) {
            throw new ServerUnreachableException("the test server is gone");
        }
    }

    @Override
    public DatasetView fetchDataset() throws ServerUnreachableException {
        check();
        return server.fetchDataset();
    }

    @Override
    public ImageContent fetchImage(int index) throws ImageUnavailableException, ServerUnreachableException {
        check();
        return server.fetchImage(index);
    }

    @Override
    public void tag(TagChange change) throws ChangeRejectedException, ServerUnreachableException {
        check();
        server.tag(change);
    }

    @Override
    public void save() throws SaveFailedException, ServerUnreachableException {
        check();
        server.save();
    }

    @Override
    public ServerCapabilities capabilities() throws ServerUnreachableException {
        check();
        return v1 ? ServerCapabilities.V1_ONLY : server.capabilities();
    }

    @Override
    public VersionedLabels fetchVersionedLabels() throws ServerUnreachableException {
        check();
        return server.fetchVersionedLabels();
    }

    @Override
    public long tagIfCurrent(TagChange change, long basis)
            throws ChangeRejectedException, ChangeConflictException, ServerUnreachableException {
        check();
        if (conflictNext) {
            conflictNext = false;
            throw new ChangeConflictException("rows changed by another annotator", basis + 1);
        }
        return server.tagIfCurrent(change, basis);
    }

    @Override
    public AutoCloseable watchChanges(Consumer<AppliedChange> listener) throws ServerUnreachableException {
        check();
        return server.watchChanges(listener);
    }

    @Override
    public void ping() throws ServerUnreachableException {
        check();
    }

    @Override
    public void whenConnectionLost(Runnable listener) {
        lostListeners.add(listener);
    }

    @Override
    public List<List<String>> fetchCameraNames() throws ServerUnreachableException {
        check();
        return server.fetchCameraNames();
    }

    @Override
    public List<String> fetchClipIds() throws ServerUnreachableException {
        check();
        return v1 ? List.of() : server.fetchClipIds();
    }

    @Override
    public void close() {
        server.close();
    }
}
