package dev.fitt.adapters.socket.client;

import dev.fitt.adapters.socket.ClientConfig;
import dev.fitt.adapters.socket.protocol.DatasetReply;
import dev.fitt.adapters.socket.protocol.DatasetRequest;
import dev.fitt.adapters.socket.protocol.Reply;
import dev.fitt.client.port.out.ServerDataset;
import dev.fitt.client.port.out.ServerDatasets;
import dev.fitt.ports.DatasetLoadException;
import dev.fitt.ports.ServerUnreachableException;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;

/**
 * The datasets a server offers and the one this client works on. A new connection is on the
 * server's default dataset, so every connection after a choice selects it again before it is used:
 * a server that no longer serves it (restarted over other files) must not get its edits.
 */
final class DatasetSelection {
    private final ClientConfig config;
    private final ReplyWaits waits;
    /** Null: the server's default. */
    private volatile String selected;

    DatasetSelection(ClientConfig config, ReplyWaits waits) {
        this.config = Objects.requireNonNull(config, "config");
        this.waits = Objects.requireNonNull(waits, "waits");
    }

    Optional<ServerDatasets> list(ServerLink current) throws ServerUnreachableException {
        if (!current.datasetsGranted()) {
            return Optional.empty();
        }
        Reply reply = waits.byId(current, new DatasetRequest.ListDatasets(current.nextRequestId()), "list datasets");
        DatasetReply.Datasets datasets = waits.expect(reply, DatasetReply.Datasets.class, "list its datasets");
        return Optional.of(new ServerDatasets(datasets.selected(), datasets.defaultDataset(),
                datasets.datasets().stream().map(DatasetSelection::dataset).toList()));
    }

    /** Selects {@code name} on {@code current} and for every later connection. */
    void select(ServerLink current, String name) throws DatasetLoadException, ServerUnreachableException {
        send(current, name);
        selected = name;
    }

    String selected() {
        return selected;
    }

    /** On a new connection, before anything else: back to the dataset chosen, if any. */
    void reselect(ServerLink current) throws ServerUnreachableException {
        String dataset = selected;
        if (dataset == null) {
            return;
        }
        try {
            if (!current.datasetsGranted()) {
                throw new DatasetLoadException("the server no longer offers a choice of datasets");
            }
            send(current, dataset);
        } catch (DatasetLoadException e) {
            String message = "the tagging server at " + config.peer() + " no longer serves dataset " + dataset + ": "
                    + e.getMessage();
            current.fail(new IOException(message));
            throw new ServerUnreachableException(message, e);
        }
    }

    private void send(ServerLink current, String name) throws DatasetLoadException, ServerUnreachableException {
        Reply reply = waits.byId(current, new DatasetRequest.SelectDataset(current.nextRequestId(), name),
                "select dataset");
        if (reply instanceof Reply.ExtensionError error) {
            throw new DatasetLoadException(error.message());
        }
    }

    /** A listed dataset as the client core sees it (also in an admin stats reply). */
    static ServerDataset dataset(DatasetReply.DatasetEntry entry) {
        ServerDataset.State state = switch (entry.state()) {
            case DatasetReply.DatasetEntry.LOADED -> ServerDataset.State.LOADED;
            case DatasetReply.DatasetEntry.UNLOADED -> ServerDataset.State.UNLOADED;
            case DatasetReply.DatasetEntry.FAILED -> ServerDataset.State.FAILED;
            default -> ServerDataset.State.NOT_LOADED_YET;
        };
        return new ServerDataset(entry.name(), state, saturated(entry.rows()), saturated(entry.clips()),
                saturated(entry.frames()), saturated(entry.labelledFrames()), entry.problem());
    }

    /** Counts for showing: a u32 past Java's int range is shown as the largest int. */
    private static int saturated(long count) {
        return (int) Math.min(Integer.MAX_VALUE, count);
    }
}
