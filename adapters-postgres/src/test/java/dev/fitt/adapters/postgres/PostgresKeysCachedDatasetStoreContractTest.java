package dev.fitt.adapters.postgres;

import dev.fitt.server.port.out.DatasetStorePort;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The contract with the rows' keys kept in a local file: every load after the first reads them there. */
class PostgresKeysCachedDatasetStoreContractTest extends PostgresDatasetStoreContractTest {
    @TempDir
    Path keys;

    @Override
    protected DatasetStorePort store(PostgresDatabase database, String name) {
        return database.datasetStore(name, keys.resolve(name + ".pg-rows.cache"));
    }
}
