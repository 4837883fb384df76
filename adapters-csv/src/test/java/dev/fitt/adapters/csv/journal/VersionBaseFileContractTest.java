package dev.fitt.adapters.csv.journal;

import dev.fitt.server.port.out.VersionBaseContract;
import dev.fitt.server.port.out.VersionBasePort;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class VersionBaseFileContractTest extends VersionBaseContract {
    @TempDir
    Path dir;

    @Override
    protected VersionBasePort newStore() {
        return FileJournals.versionBaseBeside(dir.resolve("out.csv"));
    }

    @Override
    protected VersionBasePort reopen(VersionBasePort before) {
        return FileJournals.versionBaseBeside(dir.resolve("out.csv"));
    }
}
