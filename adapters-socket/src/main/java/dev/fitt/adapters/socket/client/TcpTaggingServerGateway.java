package dev.fitt.adapters.socket.client;

import dev.fitt.adapters.socket.ClientConfig;
import dev.fitt.adapters.socket.protocol.ProtocolException;
import dev.fitt.adapters.socket.protocol.Reply;
import dev.fitt.adapters.socket.protocol.Request;
import dev.fitt.client.port.out.DatasetView;
import dev.fitt.client.port.out.ServerCapabilities;
import dev.fitt.client.port.out.ServerDatasets;
import dev.fitt.client.port.out.TaggingServerPort;
import dev.fitt.client.port.out.TeamWorkPort;
import dev.fitt.domain.AppliedChange;
import dev.fitt.domain.LabelStats;
import dev.fitt.domain.TagChange;
import dev.fitt.domain.TagValue;
import dev.fitt.domain.VersionedLabels;
import dev.fitt.ports.ChangeConflictException;
import dev.fitt.ports.ChangeRejectedException;
import dev.fitt.ports.DatasetLoadException;
import dev.fitt.ports.ImageContent;
import dev.fitt.ports.ImageUnavailableException;
import dev.fitt.ports.SaveFailedException;
import dev.fitt.ports.ServerUnreachableException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * The tagging server as a client sees it, over protocol v1. One connection, shared by every
 * calling thread. After the connection is lost, waiting calls fail with
 * {@link ServerUnreachableException} and each later call makes exactly one attempt to reconnect
 * (backing off is the caller's business).
 *
 * <p>v1 carries only booleans in a change: an {@link TagValue#UNSET} value is sent as false.
 * The original server acknowledges every change, rejected or not, and fails a save without a
 * reason; both are taken at face value.
 *
 * <p>Each connection opens with the extension hello; what the server grants is
 * {@link #capabilities()}. Watchers of live changes stay registered across reconnects: every new
 * connection subscribes again before it is used. The extension families' calls are asked by
 * {@link VersionedEdits}, {@link ClipInfoQueries} and {@link DatasetSelection} over the connection
 * this gateway keeps; team work is {@link TeamWork}, over the same connection.
 */
final class TcpTaggingServerGateway implements TaggingServerPort {
    /** Pushed changes carry no origin; to this client they are simply someone else's. */
    static final String OTHERS = "another client";

    private final ClientConfig config;
    private final ConnectionEvents events;
    private final ReplyWaits waits;
    private final Object connectLock = new Object();
    private ServerLink connection;
    private boolean closed;
    private final DatasetSelection datasets;
    private final VersionedEdits versioned;
    private final ClipInfoQueries clipInfo;
    private final TeamWork team;

    TcpTaggingServerGateway(ClientConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        this.events = new ConnectionEvents(config.peer());
        this.waits = new ReplyWaits(config);
        this.datasets = new DatasetSelection(config, waits);
        this.versioned = new VersionedEdits(config, waits);
        this.clipInfo = new ClipInfoQueries(config, waits);
        this.team = new TeamWork(config, waits, this::connection);
    }

    @Override
    public DatasetView fetchDataset() throws ServerUnreachableException {
        ServerLink current = connection();
        List<CompletableFuture<Reply>> replies = waits.send(current,
                List.of(new Request.TagList(), new Request.Labels(), new Request.ClipList()));
        Reply tags = waits.inOrder(current, replies.get(0), "tag list");
        Reply labels = waits.inOrder(current, replies.get(1), "labels");
        Reply clips = waits.inOrder(current, replies.get(2), "clip list");
        try {
            return DatasetViewMapper.toView(tags, labels, clips);
        } catch (ProtocolException e) {
            throw new ServerUnreachableException("the tagging server at " + config.peer()
                    + " sent a dataset this client cannot use: " + e.getMessage(), e);
        }
    }

    @Override
    public ImageContent fetchImage(int index) throws ImageUnavailableException, ServerUnreachableException {
        if (index < 0) {
            throw new ImageUnavailableException("image index " + index + " is negative");
        }
        ServerLink current = connection();
        CompletableFuture<Reply> pending = waits.send(current, List.of(new Request.Image(index))).get(0);
        Reply reply;
        try {
            reply = pending.get(config.timeoutMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // The original server never answers an index it does not have; other requests go on.
            current.forget(index, pending);
            throw new ImageUnavailableException("the tagging server at " + config.peer() + " sent no image "
                    + index + " within " + config.timeout().toMillis() + " ms");
        } catch (ExecutionException | InterruptedException e) {
            throw waits.unreachable(e, "image " + index);
        }
        if (reply instanceof Reply.ImageError error) {
            throw new ImageUnavailableException(error.message());
        }
        return new ImageContent(((Reply.Image) reply).bytes());
    }

    @Override
    public void tag(TagChange change) throws ChangeRejectedException, ServerUnreachableException {
        List<Boolean> values = new ArrayList<>(change.values().size());
        for (TagValue value : change.values()) {
            values.add(value == TagValue.TRUE);
        }
        Reply reply = exchange(new Request.Change(change.first(), change.last(), values), "change");
        if (reply instanceof Reply.Refused refused) {
            throw new ChangeRejectedException(refused.message().orElse("the tagging server at " + config.peer()
                    + " rejected the change of rows " + change.first() + ".." + change.last() + " without a reason"));
        }
    }

    @Override
    public void save() throws SaveFailedException, ServerUnreachableException {
        Reply reply = exchange(new Request.Save(), "save");
        if (reply instanceof Reply.Refused refused) {
            throw new SaveFailedException(refused.message().orElse("the tagging server at " + config.peer()
                    + " could not save the labels (it gave no reason)"));
        }
    }

    /**
     * A tag list request ({@code FF 02}): v1, so the original server answers it too, and small. A
     * reply that does not come within the timeout ends the connection, which is then lost.
     */
    @Override
    public void ping() throws ServerUnreachableException {
        exchange(new Request.TagList(), "heartbeat (tag list)");
    }

    @Override
    public void whenConnectionLost(Runnable listener) {
        events.whenLost(listener);
    }

    @Override
    public ServerCapabilities capabilities() throws ServerUnreachableException {
        return connection().capabilities();
    }

    @Override
    public VersionedLabels fetchVersionedLabels() throws ServerUnreachableException {
        ServerLink current = connection();
        require(current.capabilities().versionedEdits(), "versioned labels");
        return versioned.labels(current);
    }

    @Override
    public long tagIfCurrent(TagChange change, long basis)
            throws ChangeRejectedException, ChangeConflictException, ServerUnreachableException {
        ServerLink current = connection();
        require(current.capabilities().versionedEdits(), "versioned edits");
        return versioned.tagIfCurrent(current, change, basis);
    }

    @Override
    public AutoCloseable watchChanges(Consumer<AppliedChange> listener) throws ServerUnreachableException {
        Objects.requireNonNull(listener, "listener");
        events.watch(listener);
        try {
            ServerLink current = connection();
            require(current.capabilities().liveChanges(), "live changes");
            versioned.subscribe(current);
        } catch (ServerUnreachableException | RuntimeException e) {
            events.unwatch(listener);
            throw e;
        }
        // The server goes on pushing to this connection; with no watcher left, pushes are dropped here.
        return () -> events.unwatch(listener);
    }

    @Override
    public LabelStats fetchStats() throws ServerUnreachableException {
        ServerLink current = connection();
        require(current.capabilities().stats(), "statistics");
        return clipInfo.stats(current);
    }

    /** Team work over this gateway's connection. */
    TeamWorkPort teamWork() {
        return team;
    }

    /** Empty when the server does not say (v1, or not granted): the client then numbers its views. */
    @Override
    public List<List<String>> fetchCameraNames() throws ServerUnreachableException {
        return clipInfo.cameraNames(connection());
    }

    /** Empty when the server does not say (v1, or not granted): the client then shows clips by number. */
    @Override
    public List<String> fetchClipIds() throws ServerUnreachableException {
        return clipInfo.clipIds(connection());
    }

    /** Empty when the server does not say (v1, or an older fitt): then it has one. Loads nothing on the server. */
    @Override
    public Optional<ServerDatasets> listDatasets() throws ServerUnreachableException {
        return datasets.list(connection());
    }

    /**
     * Works on {@code name} from now on, on this connection and on every later one (a reconnect
     * selects it again before anything else); returns once the server has it loaded.
     *
     * @throws DatasetLoadException when the server has no such dataset or cannot load it (why)
     */
    @Override
    public void selectDataset(String name) throws DatasetLoadException, ServerUnreachableException {
        Objects.requireNonNull(name, "name");
        ServerLink current = connection();
        require(current.datasetsGranted(), "choice of datasets");
        datasets.select(current, name);
    }

    /** The dataset this client works on: the one it selected, or null for the server's default. */
    String selectedDataset() {
        return datasets.selected();
    }

    @Override
    public void close() {
        ServerLink last;
        synchronized (connectLock) {
            closed = true;
            last = connection;
            connection = null;
        }
        if (last != null) {
            last.close();
        }
    }

    private Reply exchange(Request request, String what) throws ServerUnreachableException {
        ServerLink current = connection();
        return waits.inOrder(current, waits.send(current, List.of(request)).get(0), what);
    }

    private void require(boolean granted, String what) {
        if (!granted) {
            throw new UnsupportedOperationException("the tagging server at " + config.peer() + " offers no " + what
                    + " (it speaks protocol v1 only, or did not grant it)");
        }
    }

    /** The live connection, or one fresh attempt to make one. */
    private ServerLink connection() throws ServerUnreachableException {
        synchronized (connectLock) {
            if (closed) {
                throw new ServerUnreachableException("the connection to the tagging server at " + config.peer()
                        + " was closed by this client");
            }
            if (connection != null && connection.isAlive()) {
                return connection;
            }
            try {
                connection = ServerLink.open(config, events::deliver, events::lost);
            } catch (IOException e) {
                throw new ServerUnreachableException("cannot reach the tagging server at " + config.peer() + ": "
                        + e.getMessage(), e);
            }
            // A new connection is on the server's default dataset: back to ours before anything else.
            datasets.reselect(connection);
            // A subscription belongs to a connection: a new one subscribes again for the watchers.
            if (events.watched() && connection.capabilities().liveChanges()) {
                versioned.subscribe(connection);
            }
            return connection;
        }
    }

}
