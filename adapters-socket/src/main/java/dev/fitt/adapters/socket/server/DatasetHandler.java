package dev.fitt.adapters.socket.server;

import dev.fitt.adapters.socket.protocol.DatasetReply;
import dev.fitt.adapters.socket.protocol.DatasetRequest;
import dev.fitt.adapters.socket.protocol.Reply;
import dev.fitt.adapters.socket.protocol.Wire;
import dev.fitt.ports.DatasetLoadException;
import dev.fitt.server.port.in.DatasetSummary;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers one connection's dataset requests ({@code 18}, {@code 19}) from its
 * {@link DatasetBinding}. Used only by whoever holds the connection's serving lock, as
 * {@link ExtensionSession}.
 */
final class DatasetHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ExtensionSession.class);

    private final String remote;
    private final DatasetBinding dataset;
    private final LiveChanges live;

    DatasetHandler(String remote, DatasetBinding dataset, LiveChanges live) {
        this.remote = Objects.requireNonNull(remote, "remote");
        this.dataset = Objects.requireNonNull(dataset, "dataset");
        this.live = Objects.requireNonNull(live, "live");
    }

    Reply handle(DatasetRequest request) {
        if (request instanceof DatasetRequest.SelectDataset select) {
            return select(select);
        }
        List<DatasetReply.DatasetEntry> entries = dataset.catalog().datasets().stream().map(DatasetHandler::entry)
                .toList();
        return new DatasetReply.Datasets(request.id(), dataset.name(), dataset.catalog().defaultDataset(), entries);
    }

    /** A catalog entry as the wire carries it (also in an admin stats reply). */
    static DatasetReply.DatasetEntry entry(DatasetSummary summary) {
        int state = switch (summary.state()) {
            case NOT_LOADED_YET -> DatasetReply.DatasetEntry.NOT_LOADED_YET;
            case LOADED -> DatasetReply.DatasetEntry.LOADED;
            case UNLOADED -> DatasetReply.DatasetEntry.UNLOADED;
            case FAILED -> DatasetReply.DatasetEntry.FAILED;
        };
        return new DatasetReply.DatasetEntry(summary.name(), state, summary.rows(), summary.clips(), summary.frames(),
                summary.labelledFrames(), RequestHandler.extensionText(summary.problem()));
    }

    /**
     * Opens the dataset (loading it when nobody works on it) before answering, so the client may
     * ask for its labels at once; a subscription moves along with the connection.
     */
    private Reply select(DatasetRequest.SelectDataset select) {
        String before = dataset.name();
        try {
            dataset.select(select.name());
        } catch (DatasetLoadException e) {
            return new Reply.ExtensionError(Wire.SELECT_DATASET, select.id(), RequestHandler.extensionReason(e));
        }
        live.follow(select.name());
        LOG.debug("client {} works on dataset {} (was {})", remote, select.name(), before);
        return new DatasetReply.DatasetSelected(select.id());
    }
}
