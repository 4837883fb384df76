package dev.fitt.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fitt.domain.TagChange;
import dev.fitt.domain.TagValue;
import dev.fitt.ports.JournalException;
import dev.fitt.server.port.out.ChangeJournalPort;
import dev.fitt.server.port.out.DatasetFixture;
import dev.fitt.server.port.out.StoredDataset;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class PostgresChangeJournalTest {
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

    private static TagChange change(int row, boolean value) {
        return TagChange.ofRow(row, List.of(TagValue.of(value), TagValue.UNSET, TagValue.TRUE));
    }

    @Test
    void changesAwaitedByManyThreadsAreAllCommittedOnceInAppendOrder() throws Exception {
        PostgresConfig config = server.newDatabase();
        List<TagChange> appended = new ArrayList<>();
        try (PostgresDatabase database = withDataset(config, "many.csv")) {
            ChangeJournalPort journal = database.journal("many.csv");
            ExecutorService clients = Executors.newFixedThreadPool(8);
            try {
                List<Future<?>> done = new ArrayList<>();
                for (int client = 0; client < 8; client++) {
                    int row = client % 6;
                    done.add(clients.submit(() -> {
                        for (int i = 0; i < 200; i++) {
                            long seq;
                            synchronized (appended) {
                                TagChange change = change(row, i % 2 == 0);
                                seq = journal.append(change);
                                appended.add(change);
                            }
                            journal.awaitDurable(seq);
                        }
                        return null;
                    }));
                }
                for (Future<?> f : done) {
                    f.get();
                }
            } finally {
                clients.shutdownNow();
            }
        }
        try (PostgresDatabase restarted = PostgresDatabase.open(config)) {
            assertThat(restarted.journal("many.csv").replay().changes()).containsExactlyElementsOf(appended);
        }
        assertThat(commitsOf(config, "many.csv")).as("transactions carrying journal rows").isLessThan(1600);
    }

    /** Distinct transactions that wrote the journal's current rows (xmin). */
    private static int commitsOf(PostgresConfig config, String name) throws Exception {
        try (var connection = DriverManager.getConnection(config.url(), config.user(), config.password());
             var rs = connection.createStatement().executeQuery("SELECT count(DISTINCT xmin::text) FROM change_journal")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void aRefusedCommitIsNeverAcknowledgedAndIsCommittedWithTheNextChange() throws Exception {
        PostgresConfig config = server.newDatabase();
        try (PostgresDatabase database = withDataset(config, "refused.csv")) {
            ChangeJournalPort journal = database.journal("refused.csv");
            try (var connection = DriverManager.getConnection(config.url(), config.user(), config.password());
                 var statement = connection.createStatement()) {
                statement.execute("CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS"
                        + " $$ BEGIN RAISE EXCEPTION 'disk full (simulated)'; END $$");
                statement.execute("CREATE TRIGGER refuse BEFORE INSERT ON change_journal FOR EACH ROW"
                        + " EXECUTE FUNCTION refuse()");
                long first = journal.append(change(1, true));

                assertThatThrownBy(() -> journal.awaitDurable(first))
                        .isInstanceOf(JournalException.class).hasMessageContaining("disk full (simulated)");

                statement.execute("DROP TRIGGER refuse ON change_journal");
            }
            journal.awaitDurable(journal.append(change(2, false)));
        }
        try (PostgresDatabase restarted = PostgresDatabase.open(config)) {
            assertThat(restarted.journal("refused.csv").replay().changes())
                    .containsExactly(change(1, true), change(2, false));
        }
    }

    @Test
    void aReopenedJournalNumbersOnAfterTheLastCommittedChange() throws Exception {
        PostgresConfig config = server.newDatabase();
        long before;
        try (PostgresDatabase database = withDataset(config, "on.csv")) {
            ChangeJournalPort journal = database.journal("on.csv");
            journal.awaitDurable(journal.append(change(0, true)));
            before = journal.append(change(1, true));
            journal.awaitDurable(before);
        }
        try (PostgresDatabase restarted = PostgresDatabase.open(config)) {
            ChangeJournalPort journal = restarted.journal("on.csv");
            long next = journal.append(change(2, true));
            journal.awaitDurable(next);

            assertThat(next).isGreaterThan(before);
            assertThat(journal.replay().changes()).containsExactly(change(0, true), change(1, true), change(2, true));
        }
    }

    @Test
    void aJournalOfAnUnknownDatasetIsRefusedByName() throws Exception {
        try (PostgresDatabase database = PostgresDatabase.open(server.newDatabase())) {
            assertThatThrownBy(() -> database.journal("nothing.csv"))
                    .isInstanceOf(JournalException.class).hasMessageContaining("nothing.csv");
        }
    }

    @Test
    void everyAppendGetsItsOwnSequence() throws Exception {
        try (PostgresDatabase database = withDataset(server.newDatabase(), "seq.csv")) {
            ChangeJournalPort journal = database.journal("seq.csv");
            Set<Long> seen = new HashSet<>();
            for (int i = 0; i < 10; i++) {
                assertThat(seen.add(journal.append(change(i % 6, true)))).isTrue();
            }
        }
    }
}
