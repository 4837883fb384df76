package dev.fitt.server.service;

import dev.fitt.domain.Attribution;
import dev.fitt.domain.ChangeKind;
import dev.fitt.domain.Editor;
import dev.fitt.domain.RecordedChange;
import dev.fitt.domain.TagChange;
import dev.fitt.ports.ChangeConflictException;
import dev.fitt.ports.ChangeRejectedException;
import dev.fitt.ports.DatasetLoadException;
import dev.fitt.ports.JournalException;
import dev.fitt.server.port.out.CommittedRows;
import dev.fitt.server.port.out.SharedJournalPort;
import java.lang.System.Logger.Level;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A core over a journal several servers share: a change is committed to the shared store first and
 * applied after, and what any server commits comes back through {@link #applyCommitted}. A change
 * the store refused was shown to nobody and is answered as refused, never acknowledged: the other
 * servers would never see it.
 */
final class CommitThenApply implements ChangePath {
    private static final System.Logger LOG = System.getLogger(SavingService.class.getName());

    private final ServerState state;
    private final SharedJournalPort journal;
    private final ChangeWatchers watchers;

    CommitThenApply(ServerState state, SharedJournalPort journal, ChangeWatchers watchers) {
        this.state = Objects.requireNonNull(state, "state");
        this.journal = Objects.requireNonNull(journal, "journal");
        this.watchers = Objects.requireNonNull(watchers, "watchers");
    }

    @Override
    public long tag(TagChange change, Editor editor) throws ChangeRejectedException {
        try {
            return commitThenApply(change, SharedJournalPort.NO_BASIS, editor, ChangeKind.LABEL);
        } catch (ChangeConflictException e) {
            throw new IllegalStateException("a change without a basis conflicted", e);
        }
    }

    /** The shared store checks the rows' versions in the commit: this server's copy may lag. */
    @Override
    public long tagIfCurrent(TagChange change, long basis, Editor editor, ChangeKind kind)
            throws ChangeRejectedException, ChangeConflictException {
        rejectIfNoVersion(basis, "edit");
        return commitThenApply(change, basis, editor, kind);
    }

    /**
     * The store checks the basis and records the review; no label and no row's version changes, so
     * nothing is pushed.
     */
    @Override
    public long accept(int first, int last, long basis, Editor reviewer)
            throws ChangeRejectedException, ChangeConflictException {
        rejectIfNoVersion(basis, "accept");
        TagChange seen;
        synchronized (state.lock) {
            seen = new TagChange(first, last, state.valuesLocked(first));
        }
        Attribution by = state.attribution(reviewer, ChangeKind.ACCEPT);
        long version = commit(seen, basis, by);
        synchronized (state.lock) {
            state.acceptCommittedLocked(first, last, by, version);
        }
        return version;
    }

    /**
     * Changes journaled apart from the labels by an earlier fitt: committed like any change (the
     * other servers see them), then dropped from that journal.
     */
    @Override
    public int recover(List<RecordedChange> recorded, RecoverySave save) throws DatasetLoadException {
        for (RecordedChange left : recorded) {
            TagChange change = left.change();
            try {
                long version = journal.commit(change, state.fileRows(change), SharedJournalPort.NO_BASIS, left.by());
                synchronized (state.lock) {
                    state.applyCommittedLocked(change.first(), change.last(), change.values(), version, left.by());
                }
            } catch (ChangeConflictException | ChangeRejectedException | JournalException e) {
                throw new DatasetLoadException("cannot commit a change left in the journal: " + e.getMessage(), e);
            }
        }
        try {
            journal.discardBefore(Long.MAX_VALUE);
        } catch (JournalException e) {
            throw new DatasetLoadException(e.getMessage(), e);
        }
        LOG.log(Level.INFO, "committed {0} changes left in the journal by an earlier fitt", recorded.size());
        return recorded.size();
    }

    /** 2^63 or more on the wire: no version is that high, and a negative basis means none. */
    private static void rejectIfNoVersion(long basis, String what) throws ChangeRejectedException {
        if (basis < 0) {
            throw new ChangeRejectedException("the " + what + " is based on version " + Long.toUnsignedString(basis)
                    + ", newer than any version the database issued: reload the labels");
        }
    }

    private long commitThenApply(TagChange change, long basis, Editor editor, ChangeKind kind)
            throws ChangeRejectedException, ChangeConflictException {
        Attribution by = state.attribution(editor, kind);
        long version = commit(change, basis, by);
        synchronized (state.lock) {
            for (TagChange applied : state.applyCommittedLocked(change.first(), change.last(), change.values(),
                    version, by)) {
                watchers.notifyLocked(applied, version, editor.origin(), editor.annotator());
            }
        }
        return version;
    }

    private long commit(TagChange change, long basis, Attribution by)
            throws ChangeRejectedException, ChangeConflictException {
        try {
            return journal.commit(change, state.fileRows(change), basis, by);
        } catch (JournalException e) {
            // A driver's message may end with its own full stop.
            String why = e.getMessage().endsWith(".") ? e.getMessage().substring(0, e.getMessage().length() - 1)
                    : e.getMessage();
            throw new ChangeRejectedException("not saved: " + why + ". The change was not made; send it"
                    + " again once the database is back", e);
        }
    }

    /**
     * Applies what the shared store committed (other servers' changes, and this one's, which are
     * applied already and so skipped), and pushes it to this server's watchers; an accept is only
     * recorded in provenance.
     */
    void applyCommitted(List<CommittedRows> batch) {
        synchronized (state.lock) {
            for (CommittedRows rows : batch) {
                int[] display = new int[rows.fileRows().length];
                for (int i = 0; i < display.length; i++) {
                    display[i] = state.dataset.order().displayIndex(rows.fileRows()[i]);
                }
                Arrays.sort(display);
                int start = 0;
                for (int i = 1; i <= display.length; i++) {
                    if (i == display.length || display[i] != display[i - 1] + 1) {
                        if (rows.by().kind() == ChangeKind.ACCEPT) {
                            // No labels change: nothing to push, only the review to record.
                            state.acceptCommittedLocked(display[start], display[i - 1], rows.by(), rows.version());
                        } else {
                            for (TagChange applied : state.applyCommittedLocked(display[start], display[i - 1],
                                    rows.values(), rows.version(), rows.by())) {
                                watchers.notifyLocked(applied, rows.version(), TaggingService.OTHER_SERVER,
                                        rows.by().known() ? rows.by().annotator() : TaggingService.OTHER_SERVER);
                            }
                        }
                        start = i;
                    }
                }
            }
        }
    }
}
