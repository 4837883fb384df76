package dev.fitt.bootstrap;

import dev.fitt.adapters.socket.ClientConfig;
import dev.fitt.adapters.socket.SocketAdapter;
import dev.fitt.client.port.out.ServerDataset;
import dev.fitt.client.port.out.TaggingServerPort;
import dev.fitt.client.port.out.TeamWorkPort;
import dev.fitt.domain.AnnotatorStats;
import dev.fitt.ports.DatasetLoadException;
import dev.fitt.ports.ServerUnreachableException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * {@code fitt admin stats --annotators}: each annotator's work per loaded dataset, as the server's
 * team work messages tell a tagging client (issue 15). Datasets nobody has open are left out, so
 * none is loaded to be counted.
 */
final class AnnotatorTable {
    private AnnotatorTable() {
    }

    static TextTable of(ClientConfig config, List<ServerDataset> datasets) throws ServerUnreachableException {
        TextTable table = new TextTable("dataset", "annotator", "frames>", "last hour>", "last day>", "reviewed>",
                "corrected>", "reviews>", "changes>", "last active");
        try (TaggingServerPort server = SocketAdapter.connect(config)) {
            TeamWorkPort team = SocketAdapter.teamWork(server);
            if (!team.offersTeamWork()) {
                throw new ServerUnreachableException("the server at " + config.peer() + " offers no team work"
                        + " (annotator statistics)");
            }
            for (ServerDataset dataset : datasets) {
                if (dataset.state() != ServerDataset.State.LOADED) {
                    continue;
                }
                try {
                    server.selectDataset(dataset.name());
                } catch (DatasetLoadException e) {
                    table.row(dataset.name(), "(" + e.getMessage() + ")", "-", "-", "-", "-", "-", "-", "-", "-");
                    continue;
                }
                for (AnnotatorStats a : team.fetchAnnotatorStats()) {
                    table.row(dataset.name(), a.annotator(), a.frames(), a.framesLastHour(), a.framesLastDay(),
                            a.reviewedFrames(), a.correctedFrames(), a.reviews(), a.changes(), lastActive(a.lastActive()));
                }
            }
        }
        return table;
    }

    private static String lastActive(Instant at) {
        return at.equals(Instant.EPOCH) ? "-" : at.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
