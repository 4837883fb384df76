package dev.fitt.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.Guice;
import dev.fitt.adapters.socket.protocol.DatasetReply.DatasetEntry;
import dev.fitt.adapters.socket.protocol.DatasetReply;
import dev.fitt.adapters.socket.protocol.VersionedReply;
import dev.fitt.adapters.socket.protocol.VersionedRequest;
import dev.fitt.adapters.socket.protocol.Wire;
import dev.fitt.bootstrap.FittMain;
import dev.fitt.bootstrap.server.RunningTaggingServer;
import dev.fitt.bootstrap.server.ServerApplication;
import dev.fitt.bootstrap.server.ServerModules;
import dev.fitt.bootstrap.settings.DatasetServing;
import dev.fitt.bootstrap.settings.ServerSettings;
import dev.fitt.bootstrap.settings.SettingsException;
import dev.fitt.domain.TagValue;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A server over a folder of datasets, with real files and real sockets: format A with trailing
 * commas on its rows, format B, a trailing comma in the header, and a malformed one that is
 * reported while the others are served.
 */
@Timeout(120)
class DatasetFolderEndToEndTest {
    @TempDir
    Path dir;
    private Path data;
    private Path saveDir;

    @BeforeEach
    void writeFolder() throws Exception {
        data = DatasetFolder.write(dir.resolve("data"));
        saveDir = dir.resolve("labelled");
    }

    private ServerSettings settings(DatasetServing serving) {
        return DatasetFolder.settings(data, saveDir, serving);
    }

    private RunningTaggingServer start(DatasetServing serving) throws Exception {
        return Guice.createInjector(ServerModules.from(settings(serving), dir)).getInstance(ServerApplication.class)
                .start();
    }

    private static InetSocketAddress loopback(RunningTaggingServer server) {
        return new InetSocketAddress("127.0.0.1", server.address().getPort());
    }

    private List<String> saved() throws Exception {
        if (!Files.isDirectory(saveDir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(saveDir)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> !n.endsWith(".lock")).sorted().toList();
        }
    }

    @Test
    void startUpReadsNoDataFileAndListsEveryDataset() throws Exception {
        try (RunningTaggingServer server = start(DatasetServing.defaults());
                ExtensionClient client = new ExtensionClient(loopback(server))) {
            DatasetReply.Datasets list = client.datasets();

            assertThat(list.defaultDataset()).isEqualTo("day1");
            assertThat(list.datasets()).extracting(DatasetEntry::name).containsExactly("day1", "day2", "day3", "day4");
            assertThat(list.datasets()).extracting(DatasetEntry::state).containsOnly(DatasetEntry.NOT_LOADED_YET);
            // Loading a dataset claims its version base and opens its journal beside its output: none yet.
            assertThat(saved()).isEmpty();

            assertThat(client.select("day2")).isNull();
            assertThat(saved()).anyMatch(name -> name.startsWith("day2__labelled__.csv.")).allMatch(
                    name -> name.startsWith("day2__labelled__.csv"));
        }
    }

    @Test
    void twoClientsOnTwoDatasetsEachSaveLandsInItsOwnOutput() throws Exception {
        try (RunningTaggingServer server = start(DatasetServing.defaults());
                ExtensionClient first = new ExtensionClient(loopback(server));
                ExtensionClient second = new ExtensionClient(loopback(server))) {
            assertThat(first.select("day2")).isNull();
            assertThat(second.select("day3")).isNull();
            long basis = first.labels().version();
            assertThat(first.call(new VersionedRequest.VersionedChange(first.nextId(), basis, 1, 1, List.of(TagValue.TRUE))))
                    .isInstanceOfSatisfying(VersionedReply.ChangeOutcome.class, r -> assertThat(r.status()).isEqualTo(Wire.OK));
            basis = second.labels().version();
            assertThat(second.call(new VersionedRequest.VersionedChange(second.nextId(), basis, 0, 0,
                    List.of(TagValue.FALSE, TagValue.TRUE)))).isInstanceOfSatisfying(VersionedReply.ChangeOutcome.class,
                            r -> assertThat(r.status()).isEqualTo(Wire.OK));
        }

        assertThat(Files.readAllLines(saveDir.resolve("day2__labelled__.csv"))).containsExactly(
                "clip_id,file_path,tag_code,label", "7,images/b1.jpg,200,True", "7,images/b2.jpg,200,True",
                "8,images/b3.jpg,200,");
        assertThat(Files.readAllLines(saveDir.resolve("day3__labelled__.csv"))).containsExactly(
                "clip_id,modality,file_path,tag_code_100,tag_code_300,", "3,front,images/c1.jpg,False,True,",
                "3,front,images/c2.jpg,,,");
        assertThat(saveDir.resolve("day1__labelled__.csv")).doesNotExist();
    }

    @Test
    void aMalformedDatasetIsReportedAndTheOthersAreServed() throws Exception {
        try (RunningTaggingServer server = start(DatasetServing.defaults());
                ExtensionClient client = new ExtensionClient(loopback(server))) {
            assertThat(client.select("day4")).contains("day4.csv", "line 2", "maybe");
            assertThat(client.select("day1")).isNull();
            assertThat(client.labels().rows()).isEqualTo(3);

            DatasetReply.Datasets list = client.datasets();
            assertThat(list.selected()).isEqualTo("day1");
            assertThat(list.datasets().get(0)).isEqualTo(new DatasetEntry("day1", DatasetEntry.LOADED, 3, 2, 2, 1, ""));
            assertThat(list.datasets().get(3).state()).isEqualTo(DatasetEntry.FAILED);
            assertThat(list.datasets().get(3).problem()).contains("day4.csv", "maybe");
        }
    }

    @Test
    void aV1ClientGetsTheDefaultDataset() throws Exception {
        try (RunningTaggingServer server = start(new DatasetServing("day3", DatasetServing.DEFAULT_IDLE_MINUTES));
                V1Client v1 = new V1Client(loopback(server))) {
            assertThat(v1.tagList()).containsExactly("Clear Weather", "Foggy");
            assertThat(v1.change(1, 1, true, true)).isNull();
        }

        assertThat(Files.readAllLines(saveDir.resolve("day3__labelled__.csv")).get(2))
                .isEqualTo("3,front,images/c2.jpg,True,True,");
        assertThat(saved()).noneMatch(name -> name.startsWith("day1") || name.startsWith("day2"));
    }

    @Test
    void anIdleDatasetIsUnloadedSavedAndAReloadKeepsEveryLabel() throws Exception {
        // A fifth of a second idle: the test need not wait for minutes.
        try (RunningTaggingServer server = start(new DatasetServing(null, 0.2 / 60))) {
            try (ExtensionClient client = new ExtensionClient(loopback(server))) {
                client.select("day2");
                long basis = client.labels().version();
                client.call(new VersionedRequest.VersionedChange(client.nextId(), basis, 2, 2, List.of(TagValue.FALSE)));
                assertThat(client.datasets().datasets().get(1).state()).as("held open").isEqualTo(DatasetEntry.LOADED);
            }
            try (ExtensionClient watcher = new ExtensionClient(loopback(server))) {
                DatasetEntry day2 = null;
                for (int i = 0; i < 200; i++) {
                    day2 = watcher.datasets().datasets().get(1);
                    if (day2.state() == DatasetEntry.UNLOADED) {
                        break;
                    }
                    Thread.sleep(50);
                }
                assertThat(day2).isEqualTo(new DatasetEntry("day2", DatasetEntry.UNLOADED, 3, 2, 3, 2, ""));
                assertThat(Files.readAllLines(saveDir.resolve("day2__labelled__.csv"))).containsExactly(
                        "clip_id,file_path,tag_code,label", "7,images/b1.jpg,200,True", "7,images/b2.jpg,200,",
                        "8,images/b3.jpg,200,False");

                assertThat(watcher.select("day2")).isNull();
                VersionedReply.VersionedLabels labels = watcher.labels();
                assertThat(labels.codes()).containsExactly(TagValue.TRUE.code(), TagValue.UNSET.code(),
                        TagValue.FALSE.code());
            }
        }
    }

    @Test
    void aFolderIsForTheServerAndOtherCommandsAskForOneFile() {
        ServerSettings folder = settings(DatasetServing.defaults());

        assertThatThrownBy(() -> ServerModules.core(folder, dir)).isInstanceOf(SettingsException.class)
                .hasMessageContaining("works on one data file");
    }

    @Test
    void checkListsEveryDatasetWithRowsAndProblems() throws Exception {
        Path settings = dir.resolve("server_setting.json");
        Files.writeString(settings, """
                {"host": "127.0.0.1", "port": 0, "csv_dir": "%s", "csv_save_dir": "%s", "meta_path": "%s"}
                """.formatted(data, saveDir, data.resolve("meta.csv")));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = FittMain.commandLine(CommandLine.defaultFactory());
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));

        int exit = commandLine.execute("server", "--config", settings.toString(), "--check");

        assertThat(exit).as(out + "\n" + err).isEqualTo(2);
        assertThat(out.toString()).contains("day1: 3 rows", "day2: 3 rows", "day3: 2 rows")
                .containsPattern("day4: cannot be served: .*day4.csv.*maybe");
    }
}
