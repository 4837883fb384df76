package dev.fitt.bootstrap;

import dev.fitt.client.port.out.ServerAdminPort;
import dev.fitt.client.port.out.ServerDataset;
import dev.fitt.domain.AnnotatorStats;
import dev.fitt.ports.AdminRefusedException;
import dev.fitt.ports.ServerUnreachableException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * {@code fitt admin stats --annotators}: each annotator's work per loaded dataset, as the server's
 * team work statistics tell it (issue 15). Datasets nobody has open are left out, so none is
 * loaded to be counted.
 */
final class AnnotatorTable {
    private AnnotatorTable() {
    }

    static TextTable of(ServerAdminPort server, List<ServerDataset> datasets)
            throws ServerUnreachableException, AdminRefusedException {
        TextTable table = new TextTable("dataset", "annotator", "frames>", "last hour>", "last day>", "reviewed>",
                "corrected>", "reviews>", "changes>", "last active");
        for (ServerDataset dataset : datasets) {
            if (dataset.state() != ServerDataset.State.LOADED) {
                continue;
            }
            for (AnnotatorStats a : server.annotatorStats(dataset.name())) {
                table.row(dataset.name(), a.annotator(), a.frames(), a.framesLastHour(), a.framesLastDay(),
                        a.reviewedFrames(), a.correctedFrames(), a.reviews(), a.changes(), lastActive(a.lastActive()));
            }
        }
        return table;
    }

    private static String lastActive(Instant at) {
        return at.equals(Instant.EPOCH) ? "-" : at.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
