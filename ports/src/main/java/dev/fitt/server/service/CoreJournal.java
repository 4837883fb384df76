package dev.fitt.server.service;

import dev.fitt.domain.RowProvenance;
import dev.fitt.domain.VersionBase;
import dev.fitt.server.port.out.ChangeJournalPort;
import dev.fitt.server.port.out.DatasetStorage;
import dev.fitt.server.port.out.SharedJournalPort;
import dev.fitt.server.port.out.StoredDataset;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * The journal a core runs over, and with it how the core makes a change durable and applies it:
 * chosen once, where the core is wired, from the journal the storage provides. Over a journal of
 * its own ({@link #local}) a change is journaled and applied under the lock, and acknowledged once
 * it is on disk; over a journal several servers share ({@link #shared}) a change is committed first
 * and applied after, and the core follows what the other servers commit.
 */
public abstract sealed class CoreJournal permits CoreJournal.Local, CoreJournal.Shared {
    private CoreJournal() {
    }

    /** A journal only this core writes: journal, apply, then wait until it is on disk. */
    public static CoreJournal local(ChangeJournalPort journal) {
        return new Local(journal);
    }

    /** A journal several servers share: commit, then apply, and follow the others' commits. */
    public static CoreJournal shared(SharedJournalPort journal) {
        return new Shared(journal);
    }

    /** The journal of a dataset's storage, of the kind its opener said. */
    public static CoreJournal of(DatasetStorage storage) {
        return storage.sharedJournal().map(CoreJournal::shared).orElseGet(() -> local(storage.journal()));
    }

    /** The journal itself: saves checkpoint and trim it, and whoever opened it closes it. */
    public abstract ChangeJournalPort port();

    /**
     * The state a core over this journal starts from.
     *
     * @param base this run's version base, claimed before the core serves
     * @param saved the provenance of the last save, in file order; null for none
     */
    abstract ServerState state(StoredDataset stored, VersionBase base, List<RowProvenance> saved, Clock clock);

    /** Made once per core, after its state. */
    abstract ChangePath path(ServerState state, ChangeWatchers watchers);

    static final class Local extends CoreJournal {
        private final ChangeJournalPort journal;

        private Local(ChangeJournalPort journal) {
            this.journal = Objects.requireNonNull(journal, "journal");
        }

        @Override
        public ChangeJournalPort port() {
            return journal;
        }

        @Override
        ServerState state(StoredDataset stored, VersionBase base, List<RowProvenance> saved, Clock clock) {
            return new ServerState(stored, base, false, saved, clock);
        }

        @Override
        ChangePath path(ServerState state, ChangeWatchers watchers) {
            return new JournalThenApply(state, journal, watchers);
        }
    }

    static final class Shared extends CoreJournal {
        private final SharedJournalPort journal;

        private Shared(SharedJournalPort journal) {
            this.journal = Objects.requireNonNull(journal, "journal");
        }

        @Override
        public ChangeJournalPort port() {
            return journal;
        }

        /**
         * Versions are the shared store's: every row starts at the newest version committed when the
         * journal opened (no row is newer; the store checks the exact ones), whatever this run claimed.
         */
        @Override
        ServerState state(StoredDataset stored, VersionBase base, List<RowProvenance> saved, Clock clock) {
            return new ServerState(stored, new VersionBase(journal.openedAt()), true, saved, clock);
        }

        /** Follows what the store commits from then on. */
        @Override
        ChangePath path(ServerState state, ChangeWatchers watchers) {
            CommitThenApply path = new CommitThenApply(state, journal, watchers);
            journal.follow(path::applyCommitted);
            return path;
        }
    }
}
