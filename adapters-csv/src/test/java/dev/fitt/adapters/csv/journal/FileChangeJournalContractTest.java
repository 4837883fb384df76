package dev.fitt.adapters.csv.journal;

import dev.fitt.server.port.out.ChangeJournalContract;
import dev.fitt.server.port.out.ChangeJournalPort;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class FileChangeJournalContractTest extends ChangeJournalContract {
    @TempDir
    Path dir;

    @Override
    protected ChangeJournalPort newJournal() throws Exception {
        return FileJournals.beside(dir.resolve("out.csv"));
    }

    @Override
    protected ChangeJournalPort reopen(ChangeJournalPort before) throws Exception {
        return FileJournals.beside(dir.resolve("out.csv"));
    }
}
