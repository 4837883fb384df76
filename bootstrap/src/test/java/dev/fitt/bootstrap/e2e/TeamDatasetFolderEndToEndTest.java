package dev.fitt.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import dev.fitt.adapters.csv.CsvAdapter;
import dev.fitt.adapters.socket.protocol.DatasetReply.DatasetEntry;
import dev.fitt.adapters.socket.protocol.Reply;
import dev.fitt.adapters.socket.protocol.TeamReply;
import dev.fitt.adapters.socket.protocol.TeamRequest;
import dev.fitt.adapters.socket.protocol.VersionedReply;
import dev.fitt.adapters.socket.protocol.VersionedRequest;
import dev.fitt.adapters.socket.protocol.Wire;
import dev.fitt.bootstrap.server.RunningTaggingServer;
import dev.fitt.bootstrap.server.ServerApplication;
import dev.fitt.bootstrap.server.ServerModules;
import dev.fitt.bootstrap.settings.DatasetServing;
import dev.fitt.domain.AnnotatorStats;
import dev.fitt.domain.RowProvenance;
import dev.fitt.domain.TagValue;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder of datasets with team work, real files and sockets: each dataset keeps the provenance of
 * its own changes, in memory and in the provenance file beside its own output, across a restart; a
 * connection's name stays when it selects another dataset (issues 14 and 15).
 */
@Timeout(120)
class TeamDatasetFolderEndToEndTest {
    @TempDir
    Path dir;

    private RunningTaggingServer start(Path data, Path saveDir) throws Exception {
        return Guice.createInjector(ServerModules.from(DatasetFolder.settings(data, saveDir, DatasetServing.defaults()),
                dir)).getInstance(ServerApplication.class).start();
    }

    private static ExtensionClient connect(RunningTaggingServer server, String name) throws Exception {
        ExtensionClient client = new ExtensionClient(new InetSocketAddress("127.0.0.1", server.address().getPort()));
        assertThat(client.call(new TeamRequest.Identify(client.nextId(), name))).isInstanceOf(TeamReply.Identity.class);
        return client;
    }

    private static void tag(ExtensionClient client, int row, List<TagValue> values) throws Exception {
        long basis = client.labels().version();
        assertThat(client.call(new VersionedRequest.VersionedChange(client.nextId(), basis, row, row, values)))
                .isInstanceOfSatisfying(VersionedReply.ChangeOutcome.class, r -> assertThat(r.status()).isEqualTo(Wire.OK));
    }

    private static List<String> labelledBy(ExtensionClient client, int rows) throws Exception {
        Reply reply = client.call(new TeamRequest.Provenance(client.nextId(), 0, rows - 1));
        assertThat(reply).isInstanceOf(TeamReply.Provenance.class);
        return ((TeamReply.Provenance) reply).rows().stream().map(RowProvenance::labelledBy).toList();
    }

    private static List<String> annotators(ExtensionClient client) throws Exception {
        Reply reply = client.call(new TeamRequest.AnnotatorStats(client.nextId()));
        assertThat(reply).isInstanceOf(TeamReply.AnnotatorStats.class);
        return ((TeamReply.AnnotatorStats) reply).annotators().stream().map(AnnotatorStats::annotator).toList();
    }

    @Test
    void eachDatasetOfAFolderKeepsTheProvenanceOfItsOwnChanges() throws Exception {
        Path data = DatasetFolder.write(dir.resolve("data"));
        Path saveDir = dir.resolve("labelled");
        try (RunningTaggingServer server = start(data, saveDir);
                ExtensionClient ana = connect(server, "Ana");
                ExtensionClient ben = connect(server, "Ben")) {
            // Named before selecting: the name belongs to the connection, whichever dataset it works on.
            assertThat(ana.select("day2")).isNull();
            assertThat(ben.select("day3")).isNull();
            tag(ana, 1, List.of(TagValue.TRUE));
            tag(ben, 0, List.of(TagValue.FALSE, TagValue.TRUE));

            assertThat(labelledBy(ana, 3)).containsExactly("", "Ana", "");
            assertThat(labelledBy(ben, 2)).containsExactly("Ben", "");
            assertThat(annotators(ana)).containsExactly("Ana");
            assertThat(annotators(ben)).containsExactly("Ben");
        }

        Path day2 = saveDir.resolve("day2__labelled__.csv.provenance.csv");
        Path day3 = saveDir.resolve("day3__labelled__.csv.provenance.csv");
        assertThat(Files.readString(day2)).contains("Ana").doesNotContain("Ben");
        assertThat(Files.readString(day3)).contains("Ben").doesNotContain("Ana");
        assertThat(saveDir.resolve("day1__labelled__.csv.provenance.csv")).doesNotExist();

        // A provenance file or export put in the data folder is not taken for a dataset of its own.
        Files.copy(day2, data.resolve(day2.getFileName()));
        CsvAdapter.exportWithProvenance(saveDir.resolve("day2__labelled__.csv"),
                Collections.nCopies(3, RowProvenance.NONE), data.resolve("day2__labelled__.provenance-export.csv"));
        try (RunningTaggingServer restarted = start(data, saveDir);
                ExtensionClient carl = connect(restarted, "Carl")) {
            assertThat(carl.datasets().datasets()).extracting(DatasetEntry::name)
                    .containsExactly("day1", "day2", "day3", "day4");
            assertThat(carl.select("day2")).isNull();
            assertThat(labelledBy(carl, 3)).containsExactly("", "Ana", "");
            assertThat(carl.select("day3")).isNull();
            assertThat(labelledBy(carl, 2)).containsExactly("Ben", "");
        }
    }
}
