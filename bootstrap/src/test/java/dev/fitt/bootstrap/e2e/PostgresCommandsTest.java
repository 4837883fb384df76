package dev.fitt.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fitt.adapters.postgres.EmbeddedDatabase;
import dev.fitt.adapters.postgres.PostgresConfig;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `fitt import`, `fitt export` and `fitt server` with "database" set, as a user runs them. */
class PostgresCommandsTest {
    private static EmbeddedDatabase server;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        server = EmbeddedDatabase.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private Path settings(GroupedDataset data, String url, String user, String password) throws Exception {
        Path file = dir.resolve("server_setting.json");
        Files.writeString(file, "{\"host\": \"127.0.0.1\", \"port\": 0, \"csv_dir\": \"" + data.dataCsv
                + "\", \"csv_save_dir\": \"" + data.saveDir + "\", \"meta_path\": \"" + data.metaCsv
                + "\", \"database\": {\"url\": \"" + url + "\", \"user\": \"" + user + "\", \"password\": \""
                + password + "\"}}");
        return file;
    }

    @Test
    void importPutsTheDatasetInOnceUnderTheDataFilesName() throws Exception {
        GroupedDataset data = GroupedDataset.write(dir.resolve("data"), 2, 3);
        PostgresConfig db = server.newDatabase();
        Path config = settings(data, db.url(), db.user(), db.password());

        ServerProcess.Finished first = ServerProcess.run(dir, "import", "--config", config.toString());
        ServerProcess.Finished again = ServerProcess.run(dir, "import", "--config", config.toString());

        assertThat(first.exitCode()).as(first.output()).isZero();
        assertThat(first.output()).contains("imported", "as dataset drive.csv");
        assertThat(again.exitCode()).as(again.output()).isZero();
        assertThat(again.output()).contains("dataset drive.csv is in", "already; nothing imported");
        // The rows' keys of the import, kept for the servers' starts with these settings.
        assertThat(data.saveDir.resolve("drive.csv.pg-rows.cache")).isNotEmptyFile();
    }

    @Test
    void aServerOnADatasetImportedFromAnotherCsvOfTheSameNameSaysSo() throws Exception {
        GroupedDataset first = GroupedDataset.write(dir.resolve("first"), 2, 3);
        GroupedDataset other = GroupedDataset.write(dir.resolve("other"), 3, 3);
        PostgresConfig db = server.newDatabase();
        assertThat(ServerProcess.run(dir, "import", "--config",
                settings(first, db.url(), db.user(), db.password()).toString()).exitCode()).isZero();

        ServerProcess.Finished check = ServerProcess.run(dir, "server", "--check", "--config",
                settings(other, db.url(), db.user(), db.password()).toString());

        assertThat(check.output()).contains("was imported from " + first.dataCsv.toAbsolutePath(),
                "not from " + other.dataCsv.toAbsolutePath());
    }

    @Test
    void aServerWhoseDatabaseIsUnreachableExitsWithTwoNamingHostAndPort() throws Exception {
        GroupedDataset data = GroupedDataset.write(dir.resolve("data"), 2, 3);
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        Path config = settings(data, "jdbc:postgresql://127.0.0.1:" + closed + "/fitt", "fitt", "x");

        ServerProcess.Finished run = ServerProcess.run(dir, "server", "--config", config.toString());

        assertThat(run.exitCode()).as(run.output()).isEqualTo(2);
        assertThat(run.output()).contains("127.0.0.1:" + closed).doesNotContain("\tat ");
    }

    @Test
    void exportWithoutADatabaseNamesTheMissingField() throws Exception {
        GroupedDataset data = GroupedDataset.write(dir.resolve("data"), 2, 3);
        Path config = dir.resolve("csv_only.json");
        Files.writeString(config, "{\"csv_dir\": \"" + data.dataCsv + "\", \"csv_save_dir\": \"" + data.saveDir
                + "\", \"meta_path\": \"" + data.metaCsv + "\"}");

        ServerProcess.Finished run = ServerProcess.run(dir, "export", "--config", config.toString());

        assertThat(run.exitCode()).as(run.output()).isEqualTo(2);
        assertThat(run.output()).contains("\"database\"");
    }
}
