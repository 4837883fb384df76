package dev.fitt.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.fitt.domain.TagChange;
import dev.fitt.domain.TagValue;
import dev.fitt.ports.ChangeConflictException;
import dev.fitt.ports.ChangeRejectedException;
import dev.fitt.ports.JournalException;
import dev.fitt.server.port.out.CommittedRows;
import dev.fitt.server.port.out.DatasetFixture;
import dev.fitt.server.port.out.SharedJournalPort;
import dev.fitt.server.port.out.StoredDataset;
import java.sql.DriverManager;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.LoggerFactory;

/** Two servers' journals on one database: commits with versions, conflicts checked there, followed by both. */
@Timeout(60)
class PostgresSharedJournalTest {
    private static final List<TagValue> ON = List.of(TagValue.TRUE, TagValue.UNSET, TagValue.TRUE);
    private static final List<TagValue> OFF = List.of(TagValue.FALSE, TagValue.UNSET, TagValue.TRUE);
    private static EmbeddedDatabase server;

    @BeforeAll
    static void start() {
        server = EmbeddedDatabase.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static PostgresDatabase withDataset(PostgresConfig config, String name) throws Exception {
        PostgresDatabase database = PostgresDatabase.open(config);
        DatasetFixture fixture = DatasetFixture.small();
        database.importIfAbsent(name, new StoredDataset(fixture.tags(), fixture.rows(), fixture.labels(), "f", name));
        return database;
    }

    private static long lastVersion(List<List<CommittedRows>> batches) {
        List<CommittedRows> last = batches.get(batches.size() - 1);
        return last.get(last.size() - 1).version();
    }

    private static void awaitTrue(java.util.function.BooleanSupplier condition, String what) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime() < deadline).as(what).isTrue();
            Thread.sleep(5);
        }
    }

    @Test
    void aCommitThroughOneServerComesToTheOtherWithItsVersionAndRows() throws Exception {
        PostgresConfig config = server.newDatabase();
        try (PostgresDatabase one = withDataset(config, "d.csv"); PostgresDatabase two = PostgresDatabase.open(config);
             SharedJournalPort a = one.sharedJournal("d.csv"); SharedJournalPort b = two.sharedJournal("d.csv")) {
            List<CommittedRows> seen = new CopyOnWriteArrayList<>();
            b.follow(seen::addAll);

            long first = a.commit(new TagChange(0, 1, ON), new int[] {3, 1}, SharedJournalPort.NO_BASIS);
            long second = a.commit(TagChange.ofRow(2, OFF), new int[] {0}, SharedJournalPort.NO_BASIS);

            assertThat(second).isGreaterThan(first).isGreaterThan(a.openedAt());
            awaitTrue(() -> seen.size() == 2, "both commits followed, got " + seen);
            assertThat(seen.get(0).version()).isEqualTo(first);
            assertThat(seen.get(0).fileRows()).containsExactly(1, 3);
            assertThat(seen.get(0).values()).isEqualTo(ON);
            assertThat(seen.get(1).version()).isEqualTo(second);
            assertThat(seen.get(1).fileRows()).containsExactly(0);
        }
    }

    @Test
    void aServersOwnCommitsAreNotReadBackOneByOneButAllReachItsListenerWithTheNextPoll() throws Exception {
        PostgresConfig config = server.newDatabase();
        try (PostgresDatabase one = withDataset(config, "own.csv"); SharedJournalPort a = one.sharedJournal("own.csv")) {
            List<List<CommittedRows>> batches = new CopyOnWriteArrayList<>();
            a.follow(batches::add);
            long last = 0;
            for (int i = 0; i < 20; i++) {
                last = a.commit(TagChange.ofRow(i % 4, i % 2 == 0 ? ON : OFF), new int[] {i % 4},
                        SharedJournalPort.NO_BASIS);
            }
            long newest = last;

            // A commit whose answer was lost on the way is applied this way.
            awaitTrue(() -> !batches.isEmpty() && lastVersion(batches) == newest,
                    "the newest own commit followed, got " + batches);
            // Read one by one, each commit came back as a batch of its own: 20 reads for nothing.
            assertThat(batches).as("reads that found this server's own commits").hasSizeLessThanOrEqualTo(3);
        }
    }

    @Test
    void aDatasetRemovedFromTheDatabaseTakesItsRowsAlongAndARunningServersChangesAreRefused() throws Exception {
        PostgresConfig config = server.newDatabase();
        try (PostgresDatabase one = withDataset(config, "gone.csv"); SharedJournalPort a = one.sharedJournal("gone.csv");
             var connection = DriverManager.getConnection(config.url(), config.user(), config.password());
             var statement = connection.createStatement()) {
            a.commit(TagChange.ofRow(0, ON), new int[] {0}, SharedJournalPort.NO_BASIS);

            statement.execute("DELETE FROM dataset WHERE name = 'gone.csv'");

            try (var rs = statement.executeQuery("SELECT count(*) FROM image_row")) {
                rs.next();
                assertThat(rs.getLong(1)).as("rows left of a removed dataset").isZero();
            }
            // A server still running on it must not acknowledge a change nothing keeps.
            assertThatThrownBy(() -> a.commit(TagChange.ofRow(1, ON), new int[] {1}, SharedJournalPort.NO_BASIS))
                    .isInstanceOf(JournalException.class).hasMessageContaining("refused the change: dataset")
                    .hasMessageContaining("was removed from the database").hasMessageNotContaining("Where:");
            // Refused, not an outage: the next change is asked of the database again, and refused the same.
            assertThatThrownBy(() -> a.commit(TagChange.ofRow(2, ON), new int[] {2}, SharedJournalPort.NO_BASIS))
                    .isInstanceOf(JournalException.class).hasMessageContaining("was removed from the database");
        }
    }

    @Test
    void oneGroupOfLabelChangesIsDecidedInOrderAndEachRowKeepsItsLastChange() throws Exception {
        PostgresConfig config = server.newDatabase();
        try (PostgresDatabase one = withDataset(config, "group.csv"); SharedJournalPort a = one.sharedJournal("group.csv");
             var connection = DriverManager.getConnection(config.url(), config.user(), config.password())) {
            long basis = a.openedAt();
            // Four changes in one call, as one group commit sends them: row 1 twice unversioned (the
            // second wins), then a versioned change of row 1 based on before the group (a conflict with
            // the group's own change), and a versioned change of rows 2..3 (made).
            var call = connection.prepareStatement("SELECT fitt_commit((SELECT id FROM dataset WHERE name = 'group.csv'),"
                    + " ?::integer[], ?::integer[], ?::bytea[], ?::bigint[], ?::text[], ?::timestamptz[], ?::smallint[])");
            call.setArray(1, connection.createArrayOf("integer", new Integer[] {1, 1, 1, 2, 3}));
            call.setArray(2, connection.createArrayOf("integer", new Integer[] {1, 1, 1, 2}));
            call.setArray(3, connection.createArrayOf("bytea", new byte[][] {{2, 0, 2}, {1, 1, 1}, {0, 0, 0}, {2, 2, 2}}));
            call.setArray(4, connection.createArrayOf("bigint", new Long[] {-1L, -1L, basis, basis}));
            call.setArray(5, connection.createArrayOf("text", new String[] {"ana", "ben", "cy", "dee"}));
            call.setArray(6, connection.createArrayOf("text", new String[] {"2026-12-03T10:00:00Z",
                "2026-12-03T10:00:01Z", "2026-12-03T10:00:02Z", "2026-12-03T10:00:03Z"}));
            call.setArray(7, connection.createArrayOf("smallint", new Short[] {0, 0, 0, 0}));
            Long[] results;
            try (var rs = call.executeQuery()) {
                rs.next();
                results = (Long[]) rs.getArray(1).getArray();
            }

            assertThat(results[1]).isGreaterThan(results[0]).isGreaterThan(basis);
            assertThat(results[2]).as("based on before the group's own change of row 1").isEqualTo(-results[1]);
            assertThat(results[3]).isGreaterThan(results[1]);
            try (var rs = connection.createStatement().executeQuery("SELECT row_index, labels, version, labelled_by"
                    + " FROM image_row WHERE row_index IN (1, 2, 3) ORDER BY row_index")) {
                rs.next();
                assertThat(rs.getBytes(2)).containsExactly(1, 1, 1);
                assertThat(rs.getLong(3)).isEqualTo(results[1]);
                assertThat(rs.getString(4)).isEqualTo("ben");
                rs.next();
                assertThat(rs.getBytes(2)).containsExactly(2, 2, 2);
                assertThat(rs.getLong(3)).isEqualTo(results[3]);
                rs.next();
                assertThat(rs.getString(4)).isEqualTo("dee");
            }
        }
    }

    @Test
    void aVersionedChangeBasedOnARowAnotherServerChangedIsAConflictAndLeavesTheRow() throws Exception {
        PostgresConfig config = server.newDatabase();
        try (PostgresDatabase one = withDataset(config, "c.csv"); PostgresDatabase two = PostgresDatabase.open(config);
             SharedJournalPort a = one.sharedJournal("c.csv"); SharedJournalPort b = two.sharedJournal("c.csv")) {
            long seen = b.openedAt();
            long theirs = a.commit(TagChange.ofRow(1, ON), new int[] {1}, seen);

            assertThatThrownBy(() -> b.commit(TagChange.ofRow(1, OFF), new int[] {1}, seen))
                    .isInstanceOf(ChangeConflictException.class)
                    .satisfies(e -> assertThat(((ChangeConflictException) e).currentVersion()).isEqualTo(theirs));
            assertThat(b.commit(TagChange.ofRow(2, OFF), new int[] {2}, seen))
                    .as("another row is no conflict").isGreaterThan(theirs);
            assertThat(b.commit(TagChange.ofRow(1, OFF), new int[] {1}, theirs)).as("based on their change")
                    .isGreaterThan(theirs);
            assertThatThrownBy(() -> b.commit(TagChange.ofRow(3, OFF), new int[] {3}, Long.MAX_VALUE / 2))
                    .isInstanceOf(ChangeRejectedException.class).hasMessageContaining("newer than any version");
            assertThat(one.datasetStore("c.csv").load().labels().value(1, 0)).isEqualTo(TagValue.FALSE);
        }
    }

    @Test
    void aLostDatabaseRefusesChangesLogsOnceBacksOffAndTakesChangesAgainWhenBack() throws Exception {
        PostgresConfig config = server.newDatabase();
        String name = config.url().replaceAll(".*/([^/?]+).*", "$1");
        Logger log = (Logger) LoggerFactory.getLogger(PostgresSharedJournal.class);
        ListAppender<ILoggingEvent> events = new ListAppender<>();
        events.start();
        log.addAppender(events);
        try (PostgresDatabase one = withDataset(config, "lost.csv");
             SharedJournalPort a = one.sharedJournal("lost.csv");
             var admin = DriverManager.getConnection(server.adminUrl(), "postgres", "postgres");
             var statement = admin.createStatement()) {
            a.commit(TagChange.ofRow(0, ON), new int[] {0}, SharedJournalPort.NO_BASIS);
            statement.execute("ALTER DATABASE " + name + " ALLOW_CONNECTIONS false");
            statement.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + name + "'");

            for (int i = 0; i < 20; i++) {
                // What a user is shown: the database's reason, without its "FATAL:" or PL/pgSQL context.
                assertThatThrownBy(() -> a.commit(TagChange.ofRow(3, ON), new int[] {3}, SharedJournalPort.NO_BASIS))
                        .isInstanceOf(JournalException.class).hasMessageContaining("lost.csv")
                        .hasMessageContaining("the database is unavailable: ").hasMessageNotContaining("FATAL")
                        .hasMessageNotContaining("Where:");
            }
            assertThat(events.list).as("one error for the whole episode")
                    .filteredOn(e -> e.getLevel() == ch.qos.logback.classic.Level.ERROR).hasSize(1);

            statement.execute("ALTER DATABASE " + name + " ALLOW_CONNECTIONS true");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            long version = 0;
            while (version == 0 && System.nanoTime() < deadline) {
                try {
                    version = a.commit(TagChange.ofRow(5, ON), new int[] {5}, SharedJournalPort.NO_BASIS);
                } catch (JournalException refusedWhileBackingOff) {
                    Thread.sleep(50);
                }
            }
            assertThat(version).as("taken again once the database is back").isPositive();
            assertThat(events.list).as("one line when it is back, good news")
                    .filteredOn(e -> e.getFormattedMessage().endsWith("the database is back")).singleElement()
                    .extracting(ILoggingEvent::getLevel).isEqualTo(ch.qos.logback.classic.Level.INFO);
        } finally {
            log.detachAppender(events);
        }
        try (PostgresDatabase reopened = PostgresDatabase.open(config)) {
            var labels = reopened.datasetStore("lost.csv").load().labels();
            assertThat(labels.value(0, 0)).isEqualTo(TagValue.TRUE);
            assertThat(labels.isLabelled(3)).as("a refused change is not in the database").isFalse();
            assertThat(labels.value(5, 0)).isEqualTo(TagValue.TRUE);
        }
    }
}
