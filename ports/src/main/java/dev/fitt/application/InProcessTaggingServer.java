package dev.fitt.application;

import dev.fitt.domain.TagChange;
import dev.fitt.ports.ChangeRejectedException;
import dev.fitt.ports.ImageUnavailableException;
import dev.fitt.ports.SaveFailedException;
import dev.fitt.ports.out.DatasetView;
import dev.fitt.ports.out.ImageContent;
import dev.fitt.ports.out.TaggingServerPort;
import java.util.Objects;

/** The client's server port wired straight to the core: {@code fitt tag} on local files, no network. */
public final class InProcessTaggingServer implements TaggingServerPort {
    private final TaggingService service;

    public InProcessTaggingServer(TaggingService service) {
        this.service = Objects.requireNonNull(service, "service");
    }

    @Override
    public DatasetView fetchDataset() {
        return new DatasetView(service.tagSet(), service.clips(), service.labels());
    }

    @Override
    public ImageContent fetchImage(int index) throws ImageUnavailableException {
        return service.image(index);
    }

    @Override
    public void tag(TagChange change) throws ChangeRejectedException {
        service.tag(change);
    }

    @Override
    public void save() throws SaveFailedException {
        service.save();
    }

    @Override
    public void close() {
        // Nothing to release: the core outlives the client window and is saved by whoever owns it.
    }
}
