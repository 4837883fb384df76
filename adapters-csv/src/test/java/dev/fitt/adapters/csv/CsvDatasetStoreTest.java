package dev.fitt.adapters.csv;

import dev.fitt.server.port.out.DatasetFixture;
import dev.fitt.server.port.out.DatasetStoreContract;
import dev.fitt.server.port.out.DatasetStorePort;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The store contract, saving next to the data in a separate __labelled__ file (the default setup). */
class CsvDatasetStoreTest extends DatasetStoreContract {
    @TempDir
    Path dir;
    private final SwitchableCommit commit = new SwitchableCommit();

    @Override
    protected DatasetStorePort storeHolding(DatasetFixture fixture) throws Exception {
        FixtureFiles.write(fixture, dir.resolve("data.csv"), dir.resolve("meta.csv"));
        CsvStoreConfig config = new CsvStoreConfig(dir.resolve("data.csv"), dir.resolve("meta.csv"),
                dir.resolve("out"), false);
        return new CsvDatasetStore(config, commit);
    }

    @Override
    protected void breakSaves(DatasetStorePort store) {
        commit.failFromNowOn();
    }
}
