package dev.fitt.server.service;

import dev.fitt.domain.AppliedChange;
import dev.fitt.domain.LabelStats;
import dev.fitt.domain.TagChange;
import dev.fitt.domain.VersionedLabels;
import dev.fitt.ports.ChangeConflictException;
import dev.fitt.ports.ChangeRejectedException;
import dev.fitt.ports.ImageUnavailableException;
import dev.fitt.ports.SaveFailedException;
import dev.fitt.server.port.in.SaveLabelsUseCase;
import dev.fitt.client.port.out.DatasetView;
import dev.fitt.ports.ImageContent;
import dev.fitt.client.port.out.ServerCapabilities;
import dev.fitt.client.port.out.TaggingServerPort;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/** The client's server port wired straight to the core: {@code fitt tag} on local files, no network. */
public final class InProcessTaggingServer implements TaggingServerPort {
    private final ServerCore core;
    private final SaveLabelsUseCase saves;
    /** Who this client is to the core, so its own edits are not echoed back as others'. */
    private final String origin;

    public InProcessTaggingServer(ServerCore core) {
        this(core, "in-process");
    }

    /** Saves when asked, before answering. */
    public InProcessTaggingServer(ServerCore core, String origin) {
        this(core, core.saving(), origin);
    }

    /** @param saves where save requests go, e.g. a {@link ServerAutosave} that coalesces them */
    public InProcessTaggingServer(ServerCore core, SaveLabelsUseCase saves, String origin) {
        this.core = Objects.requireNonNull(core, "core");
        this.saves = Objects.requireNonNull(saves, "saves");
        this.origin = Objects.requireNonNull(origin, "origin");
    }

    @Override
    public DatasetView fetchDataset() {
        return new DatasetView(core.queries().tagSet(), core.queries().clips(), core.queries().labels());
    }

    @Override
    public ImageContent fetchImage(int index) throws ImageUnavailableException {
        return core.images().image(index);
    }

    @Override
    public void tag(TagChange change) throws ChangeRejectedException {
        core.tagging().tag(change, origin);
    }

    @Override
    public ServerCapabilities capabilities() {
        return ServerCapabilities.ALL;
    }

    @Override
    public VersionedLabels fetchVersionedLabels() {
        return core.queries().versionedLabels();
    }

    @Override
    public long tagIfCurrent(TagChange change, long basis) throws ChangeRejectedException, ChangeConflictException {
        return core.tagging().tagIfCurrent(change, basis, origin);
    }

    @Override
    public AutoCloseable watchChanges(Consumer<AppliedChange> listener) {
        Objects.requireNonNull(listener, "listener");
        return core.tagging().watch(applied -> {
            if (!applied.origin().equals(origin)) {
                listener.accept(applied);
            }
        });
    }

    @Override
    public LabelStats fetchStats() {
        return core.queries().stats();
    }

    @Override
    public List<List<String>> fetchCameraNames() {
        return core.queries().cameraNames();
    }

    @Override
    public List<String> fetchClipIds() {
        return core.queries().clipIds();
    }

    @Override
    public void save() throws SaveFailedException {
        saves.save();
    }

    @Override
    public void close() {
        // Nothing to release: the core outlives the client window and is saved by whoever owns it.
    }
}
