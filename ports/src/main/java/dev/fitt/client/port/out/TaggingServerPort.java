package dev.fitt.client.port.out;

import dev.fitt.ports.ImageContent;

import dev.fitt.domain.AppliedChange;
import dev.fitt.domain.LabelStats;
import dev.fitt.domain.TagChange;
import dev.fitt.domain.VersionedLabels;
import dev.fitt.ports.ChangeConflictException;
import dev.fitt.ports.ChangeRejectedException;
import dev.fitt.ports.DatasetLoadException;
import dev.fitt.ports.ImageUnavailableException;
import dev.fitt.ports.SaveFailedException;
import dev.fitt.ports.ServerUnreachableException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

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

    /** What the server offers beyond v1; asking may connect. A v1 server offers nothing more. */
    default ServerCapabilities capabilities() throws ServerUnreachableException {
        return ServerCapabilities.V1_ONLY;
    }

    /** Labels with row versions (needs {@link ServerCapabilities#versionedEdits()}). */
    default VersionedLabels fetchVersionedLabels() throws ServerUnreachableException {
        throw new UnsupportedOperationException("this server offers no versioned labels");
    }

    /**
     * Applies a change only if none of its rows changed after {@code basis} (the newest row version
     * the user had seen); returns the change's version. Needs {@link ServerCapabilities#versionedEdits()}.
     */
    default long tagIfCurrent(TagChange change, long basis)
            throws ChangeRejectedException, ChangeConflictException, ServerUnreachableException {
        throw new UnsupportedOperationException("this server offers no versioned edits");
    }

    /**
     * Streams every change made by other clients, in apply order, to {@code listener} (called on a
     * background thread; must not block). The subscription survives reconnects; after a reconnect
     * the caller should reload {@link #fetchVersionedLabels()} since pushes may have been missed.
     * Needs {@link ServerCapabilities#liveChanges()}. Closing the handle ends the stream.
     */
    default AutoCloseable watchChanges(Consumer<AppliedChange> listener) throws ServerUnreachableException {
        throw new UnsupportedOperationException("this server offers no live changes");
    }

    /**
     * Asks the server a cheap question and waits for the answer at most the client's timeout, so
     * that a dead or replaced server is noticed while the annotator does nothing. Connects (again)
     * when the connection was lost. A server in the same process is always there.
     */
    default void ping() throws ServerUnreachableException {
    }

    /**
     * Calls {@code listener} each time a connection to the server ends other than by {@link #close()}
     * (the server stopped, was killed, or stopped answering), on a background thread; it must not
     * block. The next call connects again, perhaps to a restarted server holding other labels.
     */
    default void whenConnectionLost(Runnable listener) {
    }

    /** Labelled counts per tag and clip (needs {@link ServerCapabilities#stats()}). */
    default LabelStats fetchStats() throws ServerUnreachableException {
        throw new UnsupportedOperationException("this server offers no statistics");
    }

    /**
     * The camera names of every clip (index = clip index, names in frame order), or an empty list
     * when the server does not say (v1, or {@link ServerCapabilities#cameraNames()} not granted).
     */
    default List<List<String>> fetchCameraNames() throws ServerUnreachableException {
        return List.of();
    }

    /**
     * Each clip's id (its {@code clip_id}, index = clip index), or an empty list when the server does
     * not say (v1, or {@link ServerCapabilities#clipIds()} not granted).
     */
    default List<String> fetchClipIds() throws ServerUnreachableException {
        return List.of();
    }

    /**
     * The datasets the server offers and which one this client works on, or empty when the server
     * does not say (v1, an older fitt, or in process): then it has one. Loads nothing on the server.
     */
    default Optional<ServerDatasets> listDatasets() throws ServerUnreachableException {
        return Optional.empty();
    }

    /**
     * Works on the dataset {@code name} from now on, also after a reconnect; returns once the server
     * has it loaded. Only for a server that lists datasets ({@link #listDatasets()}).
     *
     * @throws DatasetLoadException when the server has no such dataset or cannot load it (why)
     */
    default void selectDataset(String name) throws DatasetLoadException, ServerUnreachableException {
        throw new UnsupportedOperationException("this server offers no choice of datasets");
    }

    @Override
    void close();
}
