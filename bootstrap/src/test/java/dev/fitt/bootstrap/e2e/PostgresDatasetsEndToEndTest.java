package dev.fitt.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import dev.fitt.adapters.csv.CsvAdapter;
import dev.fitt.adapters.csv.CsvStoreConfig;
import dev.fitt.adapters.postgres.EmbeddedDatabase;
import dev.fitt.adapters.postgres.PostgresConfig;
import dev.fitt.adapters.postgres.PostgresDatabase;
import dev.fitt.adapters.socket.protocol.DatasetReply.DatasetEntry;
import dev.fitt.adapters.socket.protocol.DatasetReply;
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
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A server with "database" and a folder in "csv_dir" serves every dataset in the database, with a
 * real PostgreSQL and real sockets: one imported earlier under its data file's name (as a
 * single-file server names it) and one the server imports from the folder at start.
 */
@Timeout(180)
class PostgresDatasetsEndToEndTest {
    private static EmbeddedDatabase postgres;

    @TempDir
    Path dir;
    private Path data;
    private Path saveDir;
    private PostgresConfig db;

    @BeforeAll
    static void startPostgres() {
        postgres = EmbeddedDatabase.start();
    }

    @AfterAll
    static void stopPostgres() {
        postgres.close();
    }

    /** day1 is in the database already (named "day1.csv", as a single-file server imports it); day2 is not yet. */
    @BeforeEach
    void writeFolderAndDatabase() throws Exception {
        data = DatasetFolder.write(dir.resolve("data"));
        Files.delete(data.resolve("day3.csv"));
        Files.delete(data.resolve("day4.csv"));
        saveDir = dir.resolve("labelled");
        db = postgres.newDatabase();
        try (PostgresDatabase database = PostgresDatabase.open(db)) {
            CsvStoreConfig day1 = new CsvStoreConfig(data.resolve("day1.csv"), data.resolve("meta.csv"), saveDir, false);
            assertThat(database.importIfAbsent("day1.csv", CsvAdapter.datasetStore(day1).load())).isTrue();
        }
    }

    private ServerSettings settings(DatasetServing serving) {
        ServerSettings csv = DatasetFolder.settings(data, saveDir, serving);
        return new ServerSettings(csv.host(), csv.port(), csv.csvDir(), csv.csvSaveDir(), csv.metaPath(), false,
                csv.tuning(), new DatabaseSettings(db.url(), db.user(), db.password()), serving);
    }

    private RunningTaggingServer start(DatasetServing serving) throws Exception {
        return Guice.createInjector(ServerModules.from(settings(serving), dir)).getInstance(ServerApplication.class)
                .start();
    }

    private static InetSocketAddress loopback(RunningTaggingServer server) {
        return new InetSocketAddress("127.0.0.1", server.address().getPort());
    }

    private static void change(ExtensionClient client, int first, int last, List<TagValue> values) throws Exception {
        long basis = client.labels().version();
        assertThat(client.call(new VersionedRequest.VersionedChange(client.nextId(), basis, first, last, values)))
                .isInstanceOfSatisfying(VersionedReply.ChangeOutcome.class, r -> assertThat(r.status()).isEqualTo(Wire.OK));
    }

    @Test
    void twoDatasetsAreListedAndTwoClientsChangesLandInTheirOwnDatasetAndCsv() throws Exception {
        try (RunningTaggingServer server = start(DatasetServing.defaults());
                ExtensionClient first = new ExtensionClient(loopback(server));
                ExtensionClient second = new ExtensionClient(loopback(server))) {
            DatasetReply.Datasets list = first.datasets();
            assertThat(list.datasets()).extracting(DatasetEntry::name).containsExactly("day1", "day2");
            assertThat(list.defaultDataset()).isEqualTo("day1");
            // Imported at the start, not loaded yet: the import kept its rows' keys for the first load.
            assertThat(saveDir.resolve("day2.csv.pg-rows.cache")).isNotEmptyFile();

            assertThat(first.select("day1")).isNull();
            assertThat(second.select("day2")).isNull();
            change(first, 2, 2, List.of(TagValue.TRUE, TagValue.TRUE, TagValue.FALSE));
            change(second, 1, 1, List.of(TagValue.TRUE));
        }

        assertThat(Files.readAllLines(saveDir.resolve("day1__labelled__.csv"))).containsExactly(
                "clip_id,modality,file_path,tag_code_100,tag_code_200,tag_code_300",
                "1,camera_front,images/img_001.jpg,True,False,False,",
                "1,camera_rear,images/img_002.jpg,False,True,False,",
                "2,camera_front,images/img_003.jpg,True,True,False");
        assertThat(Files.readAllLines(saveDir.resolve("day2__labelled__.csv"))).containsExactly(
                "clip_id,file_path,tag_code,label", "7,images/b1.jpg,200,True", "7,images/b2.jpg,200,True",
                "8,images/b3.jpg,200,");
        try (PostgresDatabase database = PostgresDatabase.open(db)) {
            // The import keeps the single-file server's naming, so either kind of server finds the same dataset.
            assertThat(database.holds("day2.csv")).isTrue();
            byte[] day1 = new byte[3];
            database.datasetStore("day1.csv").load().labels().copyRow(2, day1);
            assertThat(day1).containsExactly(TagValue.TRUE.code(), TagValue.TRUE.code(), TagValue.FALSE.code());
            byte[] day2 = new byte[1];
            database.datasetStore("day2.csv").load().labels().copyRow(1, day2);
            assertThat(day2).containsExactly(TagValue.TRUE.code());
        }
    }

    @Test
    void anIdleDatasetIsUnloadedAndAReloadKeepsEveryLabel() throws Exception {
        try (RunningTaggingServer server = start(new DatasetServing(null, 0.2 / 60))) {
            try (ExtensionClient client = new ExtensionClient(loopback(server))) {
                assertThat(client.select("day2")).isNull();
                change(client, 2, 2, List.of(TagValue.FALSE));
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
                assertThat(day2.state()).isEqualTo(DatasetEntry.UNLOADED);
                assertThat(Files.readAllLines(saveDir.resolve("day2__labelled__.csv"))).containsExactly(
                        "clip_id,file_path,tag_code,label", "7,images/b1.jpg,200,True", "7,images/b2.jpg,200,",
                        "8,images/b3.jpg,200,False");

                assertThat(watcher.select("day2")).isNull();
                assertThat(watcher.labels().codes()).containsExactly(TagValue.TRUE.code(), TagValue.UNSET.code(),
                        TagValue.FALSE.code());
                change(watcher, 1, 1, List.of(TagValue.TRUE));
            }
        }
        // The reloaded dataset exports again: it still holds its export turn, or took it anew.
        assertThat(Files.readAllLines(saveDir.resolve("day2__labelled__.csv"))).containsExactly(
                "clip_id,file_path,tag_code,label", "7,images/b1.jpg,200,True", "7,images/b2.jpg,200,True",
                "8,images/b3.jpg,200,False");
    }

    @Test
    void aDatasetOnlyInTheDatabaseIsServedBesideTheFileItWasImportedFrom() throws Exception {
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

        try (RunningTaggingServer server = start(DatasetServing.defaults());
                ExtensionClient client = new ExtensionClient(loopback(server))) {
            assertThat(client.datasets().datasets()).extracting(DatasetEntry::name)
                    .containsExactly("day1", "day2", "day5");
            assertThat(client.select("day5")).isNull();
            change(client, 0, 0, List.of(TagValue.TRUE));
        }

        assertThat(Files.readAllLines(saveDir.resolve("day5__labelled__.csv"))).containsExactly(
                "clip_id,file_path,tag_code,label", "9,images/e1.jpg,100,True", "9,images/e2.jpg,100,False");
    }

    /**
     * A dataset whose row in the database holds a tag list the domain refuses (a blank tag code, as
     * an SQL update by hand can leave it) is answered as a load failure naming it; the connection
     * and the other dataset go on, and once the row is fixed a select a few seconds later loads it.
     */
    @Test
    void aDatasetWhoseTagsTheDomainRefusesIsALoadFailureAndLoadsOnceFixed() throws Exception {
        sql("UPDATE dataset SET tag_codes = ARRAY['100', '', '300'] WHERE name = 'day1.csv'");
        try (RunningTaggingServer server = start(DatasetServing.defaults());
                ExtensionClient client = new ExtensionClient(loopback(server))) {
            assertThat(client.select("day1")).contains("day1", "a tag code must not be blank");
            assertThat(client.select("day2")).isNull();
            change(client, 1, 1, List.of(TagValue.TRUE));
            DatasetEntry day1 = client.datasets().datasets().get(0);
            assertThat(day1.state()).isEqualTo(DatasetEntry.FAILED);
            assertThat(day1.problem()).contains("day1", "a tag code must not be blank");

            sql("UPDATE dataset SET tag_codes = ARRAY['100', '200', '300'] WHERE name = 'day1.csv'");
            assertThat(client.selectOnceLoaded("day1", Duration.ofSeconds(30)))
                    .as("a select once the failure is no longer kept (a few seconds) loads it again").isNull();
            assertThat(client.labels().rows()).isEqualTo(3);
            change(client, 2, 2, List.of(TagValue.TRUE, TagValue.FALSE, TagValue.FALSE));
        }
    }

    private void sql(String statement) throws Exception {
        try (Connection connection = DriverManager.getConnection(db.url(), db.user(), db.password());
                Statement update = connection.createStatement()) {
            assertThat(update.executeUpdate(statement)).isEqualTo(1);
        }
    }

    @Test
    void checkListsEveryDatasetInTheDatabaseAndTheFolderFilesItCouldNotImport() throws Exception {
        DatasetFolder.write(data);
        Files.delete(data.resolve("day3.csv"));
        Path settings = dir.resolve("server_setting.json");
        Files.writeString(settings, """
                {"host": "127.0.0.1", "port": 0, "csv_dir": "%s", "csv_save_dir": "%s", "meta_path": "%s",
                 "database": {"url": "%s", "user": "%s", "password": "%s"}}
                """.formatted(data, saveDir, data.resolve("meta.csv"), db.url(), db.user(), db.password()));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = FittMain.commandLine(CommandLine.defaultFactory());
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));

        int exit = commandLine.execute("server", "--config", settings.toString(), "--check");

        assertThat(exit).as(out + "\n" + err).isEqualTo(2);
        assertThat(out.toString()).contains("day1: 3 rows", "day2: 3 rows")
                .containsPattern("day4: cannot be served: .*day4.csv.*maybe");
    }
}
