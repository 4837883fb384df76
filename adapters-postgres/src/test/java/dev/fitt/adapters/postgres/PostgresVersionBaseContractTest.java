package dev.fitt.adapters.postgres;

import dev.fitt.server.port.out.DatasetFixture;
import dev.fitt.server.port.out.StoredDataset;
import dev.fitt.server.port.out.VersionBaseContract;
import dev.fitt.server.port.out.VersionBasePort;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class PostgresVersionBaseContractTest extends VersionBaseContract {
    private static final AtomicInteger DATASETS = new AtomicInteger();
    private static EmbeddedDatabase server;
    private static PostgresConfig config;
    private static PostgresDatabase database;
    private static final List<PostgresDatabase> RESTARTED = new ArrayList<>();
    private final Map<VersionBasePort, String> names = new IdentityHashMap<>();

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
    protected VersionBasePort newStore() throws Exception {
        String name = "runs_" + DATASETS.incrementAndGet() + ".csv";
        DatasetFixture fixture = DatasetFixture.small();
        database.importIfAbsent(name, new StoredDataset(fixture.tags(), fixture.rows(), fixture.labels(),
                "fixture", name));
        VersionBasePort store = database.versionBase(name);
        names.put(store, name);
        return store;
    }

    @Override
    protected VersionBasePort reopen(VersionBasePort before) throws Exception {
        PostgresDatabase restarted = PostgresDatabase.open(config);
        RESTARTED.add(restarted);
        return restarted.versionBase(names.get(before));
    }
}
