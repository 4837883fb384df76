package dev.fitt.bootstrap.modules;

import dev.fitt.domain.Attribution;
import dev.fitt.domain.TagChange;
import dev.fitt.ports.ChangeConflictException;
import dev.fitt.ports.ChangeRejectedException;
import dev.fitt.ports.DatasetLoadException;
import dev.fitt.ports.JournalException;
import dev.fitt.server.port.out.CommittedRows;
import dev.fitt.server.port.out.JournalReplay;
import dev.fitt.server.port.out.SharedJournalPort;
import java.util.List;
import java.util.function.Consumer;

/**
 * A dataset's shared journal that, when the catalog closes it on unloading the dataset (saved
 * first), also gives up the dataset's export turn: an unloaded dataset holds no connection.
 */
final class ReleasingJournal implements SharedJournalPort {
    private final SharedJournalPort journal;
    private final ExportingStore store;

    ReleasingJournal(SharedJournalPort journal, ExportingStore store) {
        this.journal = journal;
        this.store = store;
    }

    @Override
    public long openedAt() {
        return journal.openedAt();
    }

    @Override
    public long commit(TagChange change, int[] fileRows, long basis, Attribution by)
            throws ChangeConflictException, ChangeRejectedException, JournalException {
        return journal.commit(change, fileRows, basis, by);
    }

    @Override
    public void follow(Consumer<List<CommittedRows>> listener) {
        journal.follow(listener);
    }

    @Override
    public JournalReplay replay() throws DatasetLoadException {
        return journal.replay();
    }

    @Override
    public long append(TagChange change) throws JournalException {
        return journal.append(change);
    }

    @Override
    public void awaitDurable(long sequence) throws JournalException {
        journal.awaitDurable(sequence);
    }

    @Override
    public long checkpoint() throws JournalException {
        return journal.checkpoint();
    }

    @Override
    public void discardBefore(long checkpoint) throws JournalException {
        journal.discardBefore(checkpoint);
    }

    @Override
    public void close() {
        try {
            journal.close();
        } finally {
            store.close();
        }
    }
}
