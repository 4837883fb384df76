package dev.fitt.bootstrap;

import dev.fitt.client.port.out.ServerAdminPort;
import dev.fitt.client.port.out.ServerDataset;
import dev.fitt.domain.AnnotatorStats;
import dev.fitt.ports.AdminRefusedException;
import dev.fitt.ports.ServerUnreachableException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * {@code fitt admin stats --annotators}: each annotator's work per loaded dataset, as the server's
 * team work statistics tell it, and each loaded dataset's progress, labelled and reviewed (issue
 * 15). Datasets nobody has open are left out, so none is loaded to be counted.
 */
final class AnnotatorTable {
    private AnnotatorTable() {
    }

    static TextTable of(ServerAdminPort server, List<ServerDataset> datasets)
            throws ServerUnreachableException, AdminRefusedException {
        TextTable table = new TextTable("dataset", "annotator", "frames>", "changes>", "per hour, last hour>",
                "per hour, last day>", "reviewed>", "corrected>", "share corrected>", "reviews>", "last active");
        for (ServerDataset dataset : datasets) {
            if (dataset.state() != ServerDataset.State.LOADED) {
                continue;
            }
            for (AnnotatorStats a : server.annotatorStats(dataset.name())) {
                table.row(dataset.name(), a.annotator(), a.frames(), a.changes(), a.framesLastHour(),
                        perHour(a.framesPerHourOverDay()), a.reviewedFrames(),
                        a.correctedFrames(), a.reviewedFrames() == 0 ? "-" : percent(a.correctedFrames(),
                                a.reviewedFrames()), a.reviews(), lastActive(a.lastActive()));
            }
        }
        return table;
    }

    /** Each loaded dataset's frames, labelled and reviewed; "-" where the server cannot count reviews. */
    static TextTable progress(ServerAdminPort server, List<ServerDataset> datasets)
            throws ServerUnreachableException {
        TextTable table = new TextTable("dataset", "frames>", "labelled>", "reviewed>");
        for (ServerDataset dataset : datasets) {
            if (dataset.state() != ServerDataset.State.LOADED) {
                continue;
            }
            String reviewed;
            try {
                int frames = server.hourlyActivity(dataset.name()).reviewedFrames();
                reviewed = frames + " (" + percent(frames, dataset.frames()) + ")";
            } catch (AdminRefusedException e) {
                reviewed = "-";
            }
            table.row(dataset.name(), dataset.frames(), dataset.labelledFrames() + " ("
                    + percent(dataset.labelledFrames(), dataset.frames()) + ")", reviewed);
        }
        return table;
    }

    /** One decimal; a rate too small for it still shows that something was done. */
    private static String perHour(double frames) {
        return frames == 0 ? "0" : frames < 0.05 ? "<0.1" : String.format(Locale.ROOT, "%.1f", frames);
    }

    private static String percent(int part, int whole) {
        return whole == 0 ? "-" : String.format(Locale.ROOT, "%.0f%%", Math.floor(100.0 * part / whole));
    }

    private static String lastActive(Instant at) {
        return at.equals(Instant.EPOCH) ? "-" : at.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
