package dev.fitt.ports.out;

import dev.fitt.domain.TagChange;
import dev.fitt.ports.ChangeRejectedException;
import dev.fitt.ports.ImageUnavailableException;
import dev.fitt.ports.SaveFailedException;
import dev.fitt.ports.ServerUnreachableException;

/**
 * The tagging server as the desktop client sees it: over a socket, or in-process for local files.
 * Calls block; the client makes them off the event thread. Implementations are thread-safe and
 * reconnect on the next call after a lost connection.
 */
public interface TaggingServerPort extends AutoCloseable {
    DatasetView fetchDataset() throws ServerUnreachableException;

    ImageContent fetchImage(int index) throws ImageUnavailableException, ServerUnreachableException;

    void tag(TagChange change) throws ChangeRejectedException, ServerUnreachableException;

    void save() throws SaveFailedException, ServerUnreachableException;

    @Override
    void close();
}
