package dev.fitt.adapters.postgres;

import dev.fitt.server.port.out.ChangeJournalContract;
import dev.fitt.server.port.out.ChangeJournalPort;
import dev.fitt.server.port.out.DatasetFixture;
import dev.fitt.server.port.out.StoredDataset;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class PostgresChangeJournalContractTest extends ChangeJournalContract {
    private static final AtomicInteger DATASETS = new AtomicInteger();
    private static EmbeddedDatabase server;
    private static PostgresConfig config;
    private static PostgresDatabase database;
    private static final List<PostgresDatabase> RESTARTED = new ArrayList<>();
    private final Map<ChangeJournalPort, String> names = new IdentityHashMap<>();

    @BeforeAll
    static void start() throws Exception {
        server = EmbeddedDatabase.start();
        config = server.newDatabase();
        database = PostgresDatabase.open(config);
    }

    @AfterAll
    static void stop() {
        RESTARTED.forEach(PostgresDatabase::close);
        database.close();
        server.close();
    }

    @Override
    protected ChangeJournalPort newJournal() throws Exception {
        String name = "journal_" + DATASETS.incrementAndGet() + ".csv";
        DatasetFixture fixture = DatasetFixture.small();
        database.importIfAbsent(name, new StoredDataset(fixture.tags(), fixture.rows(), fixture.labels(),
                "fixture", name));
        ChangeJournalPort journal = database.journal(name);
        names.put(journal, name);
        return journal;
    }

    /** Another pool over the same database: what a restarted server opens. */
    @Override
    protected ChangeJournalPort reopen(ChangeJournalPort before) throws Exception {
        PostgresDatabase restarted = PostgresDatabase.open(config);
        RESTARTED.add(restarted);
        ChangeJournalPort journal = restarted.journal(names.get(before));
        names.put(journal, names.get(before));
        return journal;
    }
}
