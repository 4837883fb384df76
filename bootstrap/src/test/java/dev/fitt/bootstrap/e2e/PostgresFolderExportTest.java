package dev.fitt.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import dev.fitt.adapters.csv.CsvAdapter;
import dev.fitt.adapters.csv.CsvStoreConfig;
import dev.fitt.adapters.postgres.EmbeddedDatabase;
import dev.fitt.adapters.postgres.PostgresConfig;
import dev.fitt.adapters.postgres.PostgresDatabase;
import dev.fitt.adapters.socket.protocol.TeamReply;
import dev.fitt.adapters.socket.protocol.TeamRequest;
import dev.fitt.adapters.socket.protocol.VersionedReply;
import dev.fitt.adapters.socket.protocol.VersionedRequest;
import dev.fitt.adapters.socket.protocol.Wire;
import dev.fitt.bootstrap.FittMain;
import dev.fitt.bootstrap.server.RunningTaggingServer;
import dev.fitt.bootstrap.server.ServerApplication;
import dev.fitt.bootstrap.server.ServerModules;
import dev.fitt.bootstrap.settings.DatabaseSettings;
import dev.fitt.bootstrap.settings.DatasetServing;
import dev.fitt.bootstrap.settings.ServerSettings;
import dev.fitt.domain.TagValue;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * `fitt export --dataset NAME` on a server with "database" and a folder in "csv_dir", with a real
 * PostgreSQL and real sockets: the dataset is picked among the database's, its labels and who
 * labelled them read there, and the labelled CSV written is byte for byte the one the server exported
 * (issue 15).
 */
@Timeout(180)
class PostgresFolderExportTest {
    private static final String PROVENANCE_ROW = ",20[0-9-]+T[0-9:.]+Z,,$";
    private static EmbeddedDatabase postgres;

    @TempDir
    Path dir;
    private Path data;
    private Path saveDir;
    private PostgresConfig db;
    private Path settings;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void startPostgres() {
        postgres = EmbeddedDatabase.start();
    }

    @AfterAll
    static void stopPostgres() {
        postgres.close();
    }

    @BeforeEach
    void writeFolderAndSettings() throws Exception {
        data = DatasetFolder.write(dir.resolve("data"));
        Files.delete(data.resolve("day3.csv"));
        Files.delete(data.resolve("day4.csv"));
        saveDir = dir.resolve("labelled");
        db = postgres.newDatabase();
        settings = dir.resolve("server_setting.json");
        Files.writeString(settings, """
                {"host": "127.0.0.1", "port": 0, "csv_dir": "%s", "csv_save_dir": "%s", "meta_path": "%s",
                 "database": {"url": "%s", "user": "%s", "password": "%s"}}
                """.formatted(data, saveDir, data.resolve("meta.csv"), db.url(), db.user(), db.password()));
    }

    private RunningTaggingServer start() throws Exception {
        ServerSettings csv = DatasetFolder.settings(data, saveDir, DatasetServing.defaults());
        ServerSettings onPostgres = new ServerSettings(csv.host(), csv.port(), csv.csvDir(), csv.csvSaveDir(),
                csv.metaPath(), false, csv.tuning(), new DatabaseSettings(db.url(), db.user(), db.password()),
                csv.datasets());
        return Guice.createInjector(ServerModules.from(onPostgres, dir)).getInstance(ServerApplication.class).start();
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

    private int fitt(String... args) {
        CommandLine commandLine = FittMain.commandLine(CommandLine.defaultFactory());
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void exportOfOneDatasetOfTheDatabaseNamesWhoLabelledItsRows() throws Exception {
        try (RunningTaggingServer server = start();
                ExtensionClient ana = connect(server, "Ana");
                ExtensionClient ben = connect(server, "Ben")) {
            tag(ana, "day1", 1, List.of(TagValue.TRUE, TagValue.FALSE, TagValue.FALSE));
            tag(ben, "day1", 0, List.of(TagValue.FALSE, TagValue.FALSE, TagValue.TRUE));
            tag(ana, "day2", 0, List.of(TagValue.FALSE));
            tag(ben, "day2", 2, List.of(TagValue.TRUE));
        }
        Path labelled = saveDir.resolve("day2__labelled__.csv");
        byte[] exportedByTheServer = Files.readAllBytes(labelled);
        Files.delete(labelled);

        int exit = fitt("export", "--config", settings.toString(), "--dataset", "day2", "--provenance");

        assertThat(exit).as(out + "\n" + err).isZero();
        assertThat(Files.readAllBytes(labelled)).as("the labelled CSV, byte for byte").isEqualTo(exportedByTheServer);
        List<String> lines = Files.readAllLines(saveDir.resolve("day2__labelled__.provenance-export.csv"));
        List<String> rows = Files.readAllLines(labelled);
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1)).startsWith(rows.get(1) + ",Ana,").containsPattern(PROVENANCE_ROW);
        assertThat(lines.get(2)).isEqualTo(rows.get(2) + ",,,,");
        assertThat(lines.get(3)).startsWith(rows.get(3) + ",Ben,").containsPattern(PROVENANCE_ROW);

        out.getBuffer().setLength(0);
        assertThat(fitt("export", "--config", settings.toString(), "--dataset", "day1")).as(out + "\n" + err).isZero();
        assertThat(out.toString()).contains("exported 3 rows", "day1__labelled__.csv");
    }

    @Test
    void theDatabasesDatasetsAreTheOnesToChooseFrom() throws Exception {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("day5.csv"), """
                clip_id,file_path,tag_code,label
                9,images/e1.jpg,100,
                9,images/e2.jpg,100,False
                """);
        try (PostgresDatabase database = PostgresDatabase.open(db)) {
            CsvStoreConfig day5 = new CsvStoreConfig(elsewhere.resolve("day5.csv"), data.resolve("meta.csv"), saveDir,
                    false);
            assertThat(database.importIfAbsent("day5.csv", CsvAdapter.datasetStore(day5).load())).isTrue();
        }

        int unknown = fitt("export", "--config", settings.toString(), "--dataset", "day2");

        assertThat(unknown).isEqualTo(2);
        assertThat(err.toString()).contains("day2", "there are day5");

        int exit = fitt("export", "--config", settings.toString(), "--dataset", "day5", "--provenance");

        assertThat(exit).as(out + "\n" + err).isZero();
        assertThat(Files.readAllLines(saveDir.resolve("day5__labelled__.csv"))).containsExactly(
                "clip_id,file_path,tag_code,label", "9,images/e1.jpg,100,", "9,images/e2.jpg,100,False");
    }

    @Test
    void importOfOneDatasetOfTheFolderPutsItInTheDatabaseUnderItsFileName() throws Exception {
        int unknown = fitt("import", "--config", settings.toString(), "--dataset", "day9");

        assertThat(unknown).isEqualTo(2);
        assertThat(err.toString()).contains("day9", "there are day1, day2");

        int exit = fitt("import", "--config", settings.toString(), "--dataset", "day2");

        assertThat(exit).as(out + "\n" + err).isZero();
        assertThat(out.toString()).contains("as dataset day2.csv");
        try (PostgresDatabase database = PostgresDatabase.open(db)) {
            assertThat(database.datasets()).containsOnlyKeys("day2.csv");
        }
    }
}
