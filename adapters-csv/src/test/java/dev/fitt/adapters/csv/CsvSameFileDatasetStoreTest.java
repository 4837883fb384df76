package dev.fitt.adapters.csv;

import dev.fitt.server.port.out.DatasetFixture;
import dev.fitt.server.port.out.DatasetStoreContract;
import dev.fitt.server.port.out.DatasetStorePort;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The store contract with saves overwriting the data file itself (save_to_same_file). */
class CsvSameFileDatasetStoreTest extends DatasetStoreContract {
    @TempDir
    Path dir;
    private final SwitchableCommit commit = new SwitchableCommit();

    @Override
    protected DatasetStorePort storeHolding(DatasetFixture fixture) throws Exception {
        FixtureFiles.write(fixture, dir.resolve("data.csv"), dir.resolve("meta.csv"));
        return new CsvDatasetStore(new CsvStoreConfig(dir.resolve("data.csv"), dir.resolve("meta.csv"), null, true),
                commit);
    }

    @Override
    protected void breakSaves(DatasetStorePort store) {
        commit.failFromNowOn();
    }
}
