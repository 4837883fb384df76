package dev.fitt.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import dev.fitt.adapters.socket.protocol.TeamReply;
import dev.fitt.adapters.socket.protocol.TeamRequest;
import dev.fitt.adapters.socket.protocol.VersionedReply;
import dev.fitt.adapters.socket.protocol.VersionedRequest;
import dev.fitt.adapters.socket.protocol.Wire;
import dev.fitt.bootstrap.FittMain;
import dev.fitt.bootstrap.server.RunningTaggingServer;
import dev.fitt.bootstrap.server.ServerApplication;
import dev.fitt.bootstrap.server.ServerModules;
import dev.fitt.bootstrap.settings.DatasetServing;
import dev.fitt.domain.TagValue;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * `fitt export --dataset NAME` on a server whose csv_dir is a folder of datasets, with real files and
 * sockets: two annotators tag in two datasets, the server stops, and the who-did-what table of one
 * dataset comes out beside its labelled CSV, which stays byte for byte what the server saved (issue 15).
 */
@Timeout(120)
class FolderExportEndToEndTest {
    private static final String PROVENANCE_ROW = ",20[0-9-]+T[0-9:.]+Z,,$";

    @TempDir
    Path dir;
    private Path data;
    private Path saveDir;
    private Path settings;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void writeFolder() throws Exception {
        data = DatasetFolder.write(dir.resolve("data"));
        saveDir = dir.resolve("labelled");
        settings = dir.resolve("server_setting.json");
        Files.writeString(settings, """
                {"host": "127.0.0.1", "port": 0, "csv_dir": "%s", "csv_save_dir": "%s", "meta_path": "%s"}
                """.formatted(data, saveDir, data.resolve("meta.csv")));
    }

    private RunningTaggingServer start() throws Exception {
        return Guice.createInjector(ServerModules.from(DatasetFolder.settings(data, saveDir, DatasetServing.defaults()),
                dir)).getInstance(ServerApplication.class).start();
    }

    private static ExtensionClient connect(RunningTaggingServer server, String name) throws Exception {
        ExtensionClient client = new ExtensionClient(new InetSocketAddress("127.0.0.1", server.address().getPort()));
        assertThat(client.call(new TeamRequest.Identify(client.nextId(), name))).isInstanceOf(TeamReply.Identity.class);
        return client;
    }

    private static void tag(ExtensionClient client, String dataset, int row, List<TagValue> values) throws Exception {
        assertThat(client.select(dataset)).isNull();
        long basis = client.labels().version();
        assertThat(client.call(new VersionedRequest.VersionedChange(client.nextId(), basis, row, row, values)))
                .isInstanceOfSatisfying(VersionedReply.ChangeOutcome.class, r -> assertThat(r.status()).isEqualTo(Wire.OK));
    }

    /** `fitt args...` in this JVM, its output kept in {@link #out} and {@link #err}. */
    private int fitt(String... args) {
        CommandLine commandLine = FittMain.commandLine(CommandLine.defaultFactory());
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private void tagTwoDatasetsAsTwoAnnotators() throws Exception {
        try (RunningTaggingServer server = start();
                ExtensionClient ana = connect(server, "Ana");
                ExtensionClient ben = connect(server, "Ben")) {
            tag(ana, "day1", 1, List.of(TagValue.TRUE, TagValue.FALSE, TagValue.FALSE));
            tag(ben, "day1", 0, List.of(TagValue.FALSE, TagValue.FALSE, TagValue.TRUE));
            tag(ana, "day2", 0, List.of(TagValue.FALSE));
            tag(ben, "day2", 2, List.of(TagValue.TRUE));
        }
    }

    @Test
    void exportOfOneDatasetOfAFolderNamesWhoLabelledItsRows() throws Exception {
        tagTwoDatasetsAsTwoAnnotators();
        Path labelled = saveDir.resolve("day2__labelled__.csv");
        byte[] savedByTheServer = Files.readAllBytes(labelled);

        int exit = fitt("export", "--config", settings.toString(), "--dataset", "day2", "--provenance");

        assertThat(exit).as(out + "\n" + err).isZero();
        assertThat(Files.readAllBytes(labelled)).as("the labelled CSV, byte for byte").isEqualTo(savedByTheServer);
        List<String> lines = Files.readAllLines(saveDir.resolve("day2__labelled__.provenance-export.csv"));
        List<String> rows = Files.readAllLines(labelled);
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).isEqualTo(rows.get(0) + ",labelled_by,labelled_at,reviewed_by,review");
        assertThat(lines.get(1)).startsWith(rows.get(1) + ",Ana,").containsPattern(PROVENANCE_ROW);
        assertThat(lines.get(2)).isEqualTo(rows.get(2) + ",,,,");
        assertThat(lines.get(3)).startsWith(rows.get(3) + ",Ben,").containsPattern(PROVENANCE_ROW);
        assertThat(saveDir.resolve("day1__labelled__.provenance-export.csv")).as("only the dataset named").doesNotExist();
        assertThat(out.toString()).contains("day2__labelled__.provenance-export.csv");
    }

    @Test
    void outNamesWhereTheChosenDatasetsTableGoes() throws Exception {
        tagTwoDatasetsAsTwoAnnotators();
        Path target = dir.resolve("who-did-day1.csv");

        int exit = fitt("export", "--config", settings.toString(), "--dataset", "day1", "--provenance",
                "--out", target.toString());

        assertThat(exit).as(out + "\n" + err).isZero();
        List<String> lines = Files.readAllLines(target);
        assertThat(lines).hasSize(4);
        assertThat(String.join("\n", lines)).contains(",Ana,", ",Ben,");
    }

    @Test
    void anUnknownDatasetIsRefusedNamingTheDatasetsThereAre() throws Exception {
        int exit = fitt("export", "--config", settings.toString(), "--dataset", "day9", "--provenance");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("day9", "day1, day2, day3, day4");
        assertThat(saveDir).doesNotExist();
    }

    @Test
    void aFolderWithoutDatasetIsRefusedNamingTheDatasetsThereAre() throws Exception {
        int exit = fitt("export", "--config", settings.toString(), "--provenance");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("--dataset", "day1, day2, day3, day4");
        assertThat(saveDir).doesNotExist();
    }

    @Test
    void aDatasetOfARunningServerIsRefusedAndItsFilesAreLeftAlone() throws Exception {
        try (RunningTaggingServer server = start(); ExtensionClient ana = connect(server, "Ana")) {
            tag(ana, "day2", 0, List.of(TagValue.FALSE));

            int exit = fitt("export", "--config", settings.toString(), "--dataset", "day2", "--provenance");

            assertThat(exit).as(out + "\n" + err).isEqualTo(2);
            assertThat(saveDir.resolve("day2__labelled__.provenance-export.csv")).doesNotExist();
        }
    }
}
