package dev.fitt.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fitt.ports.DatasetLoadException;
import dev.fitt.server.port.out.DatasetFixture;
import dev.fitt.server.port.out.StoredDataset;
import java.net.ServerSocket;
import java.sql.DriverManager;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PostgresDatabaseTest {
    private static EmbeddedDatabase server;

    @BeforeAll
    static void start() {
        server = EmbeddedDatabase.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static StoredDataset fixture(String name) {
        DatasetFixture fixture = DatasetFixture.small();
        return new StoredDataset(fixture.tags(), fixture.rows(), fixture.labels(), "fixture", name);
    }

    @Test
    void aSchemaFromANewerFittIsRefusedNamingBothVersions() throws Exception {
        PostgresConfig config = server.newDatabase();
        PostgresDatabase.open(config).close();
        try (var connection = DriverManager.getConnection(config.url(), config.user(), config.password());
             var statement = connection.createStatement()) {
            statement.execute("INSERT INTO " + Schema.HISTORY_TABLE + " (installed_rank, version, description, type,"
                    + " script, checksum, installed_by, execution_time, success)"
                    + " VALUES (99, '7', 'from the future', 'SQL', 'V7__future.sql', 0, 'fitt', 1, true)");
        }

        assertThatThrownBy(() -> PostgresDatabase.open(config))
                .isInstanceOf(DatasetLoadException.class)
                .hasMessageContaining("schema version 7")
                .hasMessageContaining("this fitt's " + Schema.VERSION);
    }

    @Test
    void anUnreachableDatabaseIsNamedByHostAndPort() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        PostgresConfig config = new PostgresConfig("jdbc:postgresql://127.0.0.1:" + closedPort + "/fitt", "fitt", "x");

        assertThatThrownBy(() -> PostgresDatabase.open(config))
                .isInstanceOf(DatasetLoadException.class)
                .hasMessageContaining("127.0.0.1:" + closedPort);
    }

    @Test
    void aDatasetIsImportedOnceUnderItsName() throws Exception {
        try (PostgresDatabase database = PostgresDatabase.open(server.newDatabase())) {
            assertThat(database.holds("a.csv")).isFalse();

            assertThat(database.importIfAbsent("a.csv", fixture("a.csv"))).isTrue();
            database.datasetStore("a.csv").save(DatasetFixture.labels(6, 3, "TTT", "...", "...", "...", "...", "..."));
            assertThat(database.importIfAbsent("a.csv", fixture("a.csv"))).isFalse();

            assertThat(database.holds("a.csv")).isTrue();
            assertThat(database.datasetStore("a.csv").load().labels())
                    .isEqualTo(DatasetFixture.labels(6, 3, "TTT", "...", "...", "...", "...", "..."));
        }
    }

    @Test
    void anImportLeavesItsRowsMarkedCommittedAndAnalysedSoTheFirstStartReadsThemAsFastAsAnyLater() throws Exception {
        PostgresConfig config = server.newDatabase();
        try (PostgresDatabase database = PostgresDatabase.open(config);
             var connection = DriverManager.getConnection(config.url(), config.user(), config.password());
             var statement = connection.createStatement()) {
            database.importIfAbsent("a.csv", fixture("a.csv"));

            statement.execute("CREATE EXTENSION IF NOT EXISTS pageinspect");
            // HEAP_XMIN_COMMITTED (0x0100): set by the first reader of a row after its commit.
            try (var rs = statement.executeQuery("SELECT count(*), count(*) FILTER (WHERE t_infomask & 256 = 0)"
                    + " FROM heap_page_items(get_raw_page('image_row', 0)) WHERE lp_len > 0")) {
                rs.next();
                assertThat(rs.getLong(1)).as("rows on the first page").isEqualTo(6);
                assertThat(rs.getLong(2)).as("rows not yet marked committed").isZero();
            }
            try (var rs = statement.executeQuery("SELECT reltuples FROM pg_class WHERE relname = 'image_row'")) {
                rs.next();
                assertThat(rs.getDouble(1)).as("rows the planner knows of").isEqualTo(6);
            }
        }
    }

    @Test
    void theDatasetsAreListedByNameWithTheirSources() throws Exception {
        try (PostgresDatabase database = PostgresDatabase.openForDatasets(server.newDatabase())) {
            assertThat(database.datasets()).isEmpty();
            StoredDataset b = fixture("b.csv");
            database.importIfAbsent("b.csv", new StoredDataset(b.tags(), b.rows(), b.labels(), "/data/b.csv", "b"));
            database.importIfAbsent("a.csv", fixture("a.csv"));

            assertThat(database.datasets()).containsExactly(Map.entry("a.csv", "fixture"),
                    Map.entry("b.csv", "/data/b.csv"));
        }
    }

    @Test
    void pathsWithCommasQuotesAndLineBreaksSurviveTheImport() throws Exception {
        DatasetFixture small = DatasetFixture.small();
        String[] paths = {"a,b.jpg", "say \"cheese\".jpg", "two\nlines.jpg", "back\\slash.jpg", "tab\there.jpg",
                "ünïcödé.jpg"};
        StoredDataset odd = new StoredDataset(small.tags(), new dev.fitt.domain.ImageRows(
                new String[] {"1", "1", "1", "2", "2", "2"}, new String[] {"c", "c", "c", "c", "c", "c"}, paths),
                small.labels(), "odd", "odd");
        try (PostgresDatabase database = PostgresDatabase.open(server.newDatabase())) {
            database.importIfAbsent("odd.csv", odd);

            StoredDataset loaded = database.datasetStore("odd.csv").load();

            for (int row = 0; row < paths.length; row++) {
                assertThat(loaded.rows().filePath(row)).isEqualTo(paths[row]);
            }
        }
    }

    @Test
    void pipelinesReadLabelsPerRowAndTag() throws Exception {
        PostgresConfig config = server.newDatabase();
        try (PostgresDatabase database = PostgresDatabase.open(config)) {
            database.importIfAbsent("v.csv", fixture("v.csv"));
        }
        try (var connection = DriverManager.getConnection(config.url(), config.user(), config.password());
             var rs = connection.createStatement().executeQuery("SELECT tag_code, value FROM label_value"
                     + " WHERE dataset = 'v.csv' AND row_index = 4 ORDER BY tag_code")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("100");
            assertThat(rs.getObject(2)).isEqualTo(true);
            rs.next();
            assertThat(rs.getObject(2)).isNull();
            rs.next();
            assertThat(rs.getObject(2)).isEqualTo(false);
        }
    }
}
