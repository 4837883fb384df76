package dev.fitt.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fitt.domain.ImageRows;
import dev.fitt.server.port.out.DatasetFixture;
import dev.fitt.server.port.out.StoredDataset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rows' keys kept beside a server for its next start: trusted for the same import only, and a
 * damaged or unwritable file never costs a start more than reading the keys from the database.
 */
class RowKeysCacheTest {
    private static EmbeddedDatabase server;
    private static PostgresConfig config;
    private static PostgresDatabase database;
    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws Exception {
        server = EmbeddedDatabase.start();
        config = server.newDatabase();
        database = PostgresDatabase.open(config);
    }

    @AfterAll
    static void stop() {
        database.close();
        server.close();
    }

    private static String importFixture(String name) throws Exception {
        DatasetFixture fixture = DatasetFixture.small();
        database.importIfAbsent(name, new StoredDataset(fixture.tags(), fixture.rows(), fixture.labels(), "f", name));
        return name;
    }

    private static List<String> keys(StoredDataset stored) {
        List<String> keys = new ArrayList<>();
        ImageRows rows = stored.rows();
        for (int row = 0; row < rows.size(); row++) {
            keys.add(rows.clipId(row) + "|" + rows.camera(row) + "|" + rows.filePath(row));
        }
        return keys;
    }

    private static Datasets.Header header(String name) throws Exception {
        try (Connection connection = DriverManager.getConnection(config.url(), config.user(), config.password())) {
            return Datasets.find(connection, name).orElseThrow();
        }
    }

    @Test
    void theFirstLoadKeepsTheKeysAndTheNextReadsThemFromTheFile() throws Exception {
        String name = importFixture("kept.csv");
        Path file = dir.resolve("kept.csv.pg-rows.cache");
        List<String> fromTheDatabase = keys(database.datasetStore(name).load());

        StoredDataset first = database.datasetStore(name, file).load();
        assertThat(file).exists();
        assertThat(keys(first)).isEqualTo(fromTheDatabase);

        // A file naming this import with other paths: the next load takes the paths from it.
        ImageRows rows = first.rows();
        String[] paths = new String[rows.size()];
        String[] clips = new String[rows.size()];
        String[] cameras = new String[rows.size()];
        for (int row = 0; row < rows.size(); row++) {
            clips[row] = rows.clipId(row);
            cameras[row] = rows.camera(row);
            paths[row] = "from-the-file/" + row + ".jpg";
        }
        Datasets.Header header = header(name);
        new RowKeysCache(file).write(header.id(), header.importedAtMicros(), new ImageRows(clips, cameras, paths));
        StoredDataset second = database.datasetStore(name, file).load();
        assertThat(second.rows().filePath(1)).isEqualTo("from-the-file/1.jpg");
        assertThat(second.labels().equals(first.labels())).as("labels come from the database").isTrue();
    }

    @Test
    void anImportKeepsTheKeysSoTheFirstStartAfterItReadsThemFromTheFile() throws Exception {
        DatasetFixture fixture = DatasetFixture.small();
        Path file = dir.resolve("imported.csv.pg-rows.cache");
        assertThat(database.importIfAbsent("imported.csv",
                new StoredDataset(fixture.tags(), fixture.rows(), fixture.labels(), "f", "imported.csv"), file)).isTrue();
        assertThat(file).exists();
        // Paths changed in the database behind the file's back: a load that used the file does not see them.
        try (Connection connection = DriverManager.getConnection(config.url(), config.user(), config.password());
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE image_row SET file_path = 'from-the-database.jpg' WHERE dataset_id = "
                    + header("imported.csv").id());
        }

        StoredDataset first = database.datasetStore("imported.csv", file).load();

        assertThat(first.rows().filePath(1)).isEqualTo(fixture.rows().filePath(1));
        assertThat(keys(first)).isEqualTo(keys(new StoredDataset(fixture.tags(), fixture.rows(), fixture.labels(), "f",
                "imported.csv")));
    }

    @Test
    void anImportOfANameThereAlreadyLeavesTheFileAlone() throws Exception {
        String name = importFixture("there.csv");
        Path file = dir.resolve("there.csv.pg-rows.cache");
        DatasetFixture fixture = DatasetFixture.small();

        assertThat(database.importIfAbsent(name, new StoredDataset(fixture.tags(), fixture.rows(), fixture.labels(),
                "f", name), file)).isFalse();

        assertThat(file).doesNotExist();
    }

    @Test
    void aCutFileIsReadFromTheDatabaseAndWrittenAnew() throws Exception {
        String name = importFixture("cut.csv");
        Path file = dir.resolve("cut.csv.pg-rows.cache");
        List<String> expected = keys(database.datasetStore(name, file).load());
        long size = Files.size(file);
        Path crashed = Files.writeString(dir.resolve("cut.csv.pg-rows.cache.123.writing"), "cut short");
        Files.setLastModifiedTime(crashed, java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minus(java.time.Duration.ofHours(1))));
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));

        assertThat(keys(database.datasetStore(name, file).load())).isEqualTo(expected);
        assertThat(Files.size(file)).isEqualTo(size);
        try (var leftovers = Files.list(dir)) {
            assertThat(leftovers.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".writing"));
        }
    }

    @Test
    void aFileWithAChangedByteIsNotTrustedAndWrittenAnew() throws Exception {
        String name = importFixture("flipped.csv");
        Path file = dir.resolve("flipped.csv.pg-rows.cache");
        List<String> expected = keys(database.datasetStore(name, file).load());
        byte[] bytes = Files.readAllBytes(file);
        // A byte of a path (the paths come after the header and the clip and camera columns).
        int at = bytes.length - 4 * (expected.size() + 1) - 10;
        bytes[at] ^= 0x20;
        Files.write(file, bytes);

        assertThat(keys(database.datasetStore(name, file).load())).isEqualTo(expected);
        assertThat(keys(database.datasetStore(name, file).load())).as("the file written anew").isEqualTo(expected);
    }

    @Test
    void aFileOfAnEarlierImportOfTheSameNameIsNotTrusted() throws Exception {
        String name = importFixture("again.csv");
        Path file = dir.resolve("again.csv.pg-rows.cache");
        database.datasetStore(name, file).load();
        try (Connection connection = DriverManager.getConnection(config.url(), config.user(), config.password());
                Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM image_row WHERE dataset_id = (SELECT id FROM dataset WHERE name = 'again.csv')");
            statement.execute("DELETE FROM dataset WHERE name = 'again.csv'");
        }
        DatasetFixture fixture = DatasetFixture.small();
        ImageRows old = fixture.rows();
        String[] clips = new String[old.size()];
        String[] cameras = new String[old.size()];
        String[] paths = new String[old.size()];
        for (int row = 0; row < old.size(); row++) {
            clips[row] = "new-" + old.clipId(row);
            cameras[row] = old.camera(row);
            paths[row] = "new/" + old.filePath(row);
        }
        database.importIfAbsent(name, new StoredDataset(fixture.tags(), new ImageRows(clips, cameras, paths),
                fixture.labels(), "f", name));

        StoredDataset loaded = database.datasetStore(name, file).load();
        assertThat(loaded.rows().clipId(0)).startsWith("new-");
        assertThat(loaded.rows().filePath(0)).startsWith("new/");
    }

    @Test
    void aPlaceThatCannotHoldTheFileCostsNothingButTheSpeed() throws Exception {
        String name = importFixture("nowhere.csv");
        Path notAFolder = Files.writeString(dir.resolve("a-file"), "x");
        List<String> expected = keys(database.datasetStore(name).load());

        assertThat(keys(database.datasetStore(name, notAFolder.resolve("nowhere.csv.pg-rows.cache")).load()))
                .isEqualTo(expected);
    }
}
