package dev.fitt.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fitt.domain.Attribution;
import dev.fitt.domain.ChangeKind;
import dev.fitt.domain.RecordedChange;
import dev.fitt.domain.TagChange;
import dev.fitt.domain.TagValue;
import dev.fitt.server.port.out.ChangeJournalPort;
import dev.fitt.server.port.out.DatasetFixture;
import dev.fitt.server.port.out.StoredDataset;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The PostgreSQL journal keeps who made each change, when and as what; rows without an author read as unknown. */
@Timeout(60)
class PostgresJournalAuthorsTest {
    private static EmbeddedDatabase server;

    @BeforeAll
    static void start() {
        server = EmbeddedDatabase.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static TagChange change(int row) {
        return TagChange.ofRow(row, List.of(TagValue.TRUE, TagValue.UNSET, TagValue.FALSE));
    }

    @Test
    void aReplayNamesTheAuthorsAndRowsFromBeforeAuthorsAreUnknown() throws Exception {
        PostgresConfig config = server.newDatabase();
        Attribution ana = new Attribution("Ana", Instant.parse("2026-12-03T09:00:00.123Z"), ChangeKind.LABEL);
        Attribution rita = new Attribution("Rita", Instant.parse("2026-12-03T09:05:00Z"), ChangeKind.CORRECTION);
        try (PostgresDatabase database = PostgresDatabase.open(config)) {
            DatasetFixture fixture = DatasetFixture.small();
            database.importIfAbsent("d.csv", new StoredDataset(fixture.tags(), fixture.rows(), fixture.labels(), "f",
                    "d.csv"));
            ChangeJournalPort journal = database.journal("d.csv");
            journal.awaitDurable(journal.append(change(0), ana));
            journal.awaitDurable(journal.append(change(1), rita));
        }
        // A row as a server from before issue 15 wrote it: no author, the default kind.
        try (var connection = DriverManager.getConnection(config.url(), config.user(), config.password());
             var insert = connection.createStatement()) {
            insert.executeUpdate("INSERT INTO change_journal (dataset_id, seq, first_row, last_row, tag_values)"
                    + " SELECT dataset_id, 3, 2, 2, tag_values FROM change_journal WHERE seq = 1");
        }

        try (PostgresDatabase restarted = PostgresDatabase.open(config)) {
            assertThat(restarted.journal("d.csv").replay().recorded()).containsExactly(
                    new RecordedChange(change(0), ana), new RecordedChange(change(1), rita),
                    new RecordedChange(change(2), Attribution.UNKNOWN));
        }
    }
}
