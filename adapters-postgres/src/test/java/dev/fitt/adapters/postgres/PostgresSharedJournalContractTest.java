package dev.fitt.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fitt.domain.Attribution;
import dev.fitt.domain.RecordedChange;
import dev.fitt.domain.TagChange;
import dev.fitt.domain.TagValue;
import dev.fitt.server.port.out.DatasetFixture;
import dev.fitt.server.port.out.SharedJournalContract;
import dev.fitt.server.port.out.SharedJournalPort;
import dev.fitt.server.port.out.StoredDataset;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Two servers are two connection pools over one database. */
class PostgresSharedJournalContractTest extends SharedJournalContract {
    private static final AtomicInteger DATASETS = new AtomicInteger();
    private static EmbeddedDatabase server;
    private static PostgresConfig config;
    private static PostgresDatabase one;
    private static PostgresDatabase two;
    private final Map<SharedJournalPort, String> names = new IdentityHashMap<>();

    @BeforeAll
    static void start() throws Exception {
        server = EmbeddedDatabase.start();
        config = server.newDatabase();
        one = PostgresDatabase.open(config);
        two = PostgresDatabase.open(config);
    }

    @AfterAll
    static void stop() {
        two.close();
        one.close();
        server.close();
    }

    @Override
    protected SharedJournalPort newJournal() throws Exception {
        String name = "shared_" + DATASETS.incrementAndGet() + ".csv";
        DatasetFixture fixture = DatasetFixture.small();
        one.importIfAbsent(name, new StoredDataset(fixture.tags(), fixture.rows(), fixture.labels(), "fixture", name));
        SharedJournalPort journal = one.sharedJournal(name);
        names.put(journal, name);
        return journal;
    }

    @Override
    protected SharedJournalPort another(SharedJournalPort first) throws Exception {
        SharedJournalPort journal = two.sharedJournal(names.get(first));
        names.put(journal, names.get(first));
        return journal;
    }

    /** As a fitt of schema 1 journaled changes: rows of change_journal. */
    @Override
    protected void leaveBehind(SharedJournalPort journal, List<RecordedChange> changes) throws Exception {
        try (Connection connection = DriverManager.getConnection(config.url(), config.user(), config.password());
             PreparedStatement insert = connection.prepareStatement("INSERT INTO change_journal (dataset_id, seq,"
                     + " first_row, last_row, tag_values, recorded_at, author, change_kind)"
                     + " SELECT id, ?, ?, ?, ?, ?, ?, ? FROM dataset WHERE name = ?")) {
            long seq = 0;
            for (RecordedChange recorded : changes) {
                TagChange change = recorded.change();
                Attribution by = recorded.by();
                insert.setLong(1, ++seq);
                insert.setInt(2, change.first());
                insert.setInt(3, change.last());
                insert.setBytes(4, LabelMapper.codes(change.values()));
                insert.setTimestamp(5, by.known() ? Timestamp.from(by.at()) : new Timestamp(System.currentTimeMillis()));
                insert.setString(6, by.known() ? by.annotator() : null);
                insert.setShort(7, (short) by.kind().code());
                insert.setString(8, names.get(journal));
                insert.executeUpdate();
            }
        }
    }

    @Test
    void aChangeLeftFromBeforeAuthorsWereRecordedReplaysAsUnknown() throws Exception {
        SharedJournalPort journal = newJournal();
        try {
            TagChange change = TagChange.ofRow(2, List.of(TagValue.TRUE, TagValue.UNSET, TagValue.FALSE));
            leaveBehind(journal, List.of(new RecordedChange(change, Attribution.UNKNOWN)));

            assertThat(journal.replay().recorded()).containsExactly(new RecordedChange(change, Attribution.UNKNOWN));
        } finally {
            journal.close();
        }
    }
}
