package dev.fitt.adapters.postgres;

import dev.fitt.server.port.out.DatasetFixture;
import dev.fitt.server.port.out.DatasetStoreContract;
import dev.fitt.server.port.out.DatasetStorePort;
import dev.fitt.server.port.out.StoredDataset;
import java.sql.DriverManager;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class PostgresDatasetStoreContractTest extends DatasetStoreContract {
    private static EmbeddedDatabase server;
    private static PostgresConfig config;
    private static PostgresDatabase database;
    private final AtomicInteger datasets = new AtomicInteger();
    private final Map<DatasetStorePort, String> names = new HashMap<>();

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

    @Override
    protected DatasetStorePort storeHolding(DatasetFixture fixture) throws Exception {
        String name = "fixture_" + System.identityHashCode(this) + "_" + datasets.incrementAndGet() + ".csv";
        database.importIfAbsent(name, new StoredDataset(fixture.tags(), fixture.rows(), fixture.labels(),
                "fixture", name));
        DatasetStorePort store = store(database, name);
        names.put(store, name);
        return store;
    }

    /** The store under test, of the dataset {@code name} in {@code database}. */
    protected DatasetStorePort store(PostgresDatabase database, String name) {
        return database.datasetStore(name);
    }

    /** A real refusal by the database, in the middle of the save's transaction. */
    @Override
    protected void breakSaves(DatasetStorePort store) throws Exception {
        String name = names.get(store);
        try (var connection = DriverManager.getConnection(config.url(), config.user(), config.password());
             var statement = connection.createStatement()) {
            statement.execute("CREATE OR REPLACE FUNCTION refuse_labels() RETURNS trigger LANGUAGE plpgsql AS"
                    + " $$ BEGIN RAISE EXCEPTION 'simulated failure'; END $$");
            long id;
            try (var rs = statement.executeQuery("SELECT id FROM dataset WHERE name = '" + name + "'")) {
                rs.next();
                id = rs.getLong(1);
            }
            statement.execute("CREATE TRIGGER refuse_" + id + " BEFORE UPDATE ON image_row"
                    + " FOR EACH ROW WHEN (OLD.dataset_id = " + id + ") EXECUTE FUNCTION refuse_labels()");
        }
    }
}
