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
import dev.fitt.ports.SaveFailedException;
import dev.fitt.server.port.out.ChangeJournalPort;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * A core over a journal of its own: under the state's lock a change is appended to the journal and
 * applied (so journal order is apply order), then, outside the lock, acknowledged once the journal
 * has it on disk. Versions are this run's base plus the count of its changes.
 */
final class JournalThenApply implements ChangePath {
    private static final System.Logger LOG = System.getLogger(SavingService.class.getName());

    private final ServerState state;
    private final ChangeJournalPort journal;
    private final ChangeWatchers watchers;

    JournalThenApply(ServerState state, ChangeJournalPort journal, ChangeWatchers watchers) {
        this.state = Objects.requireNonNull(state, "state");
        this.journal = Objects.requireNonNull(journal, "journal");
        this.watchers = Objects.requireNonNull(watchers, "watchers");
    }

    @Override
    public long tag(TagChange change, Editor editor) throws ChangeRejectedException {
        try {
            return journalAndApply(change, OptionalLong.empty(), editor, ChangeKind.LABEL);
        } catch (ChangeConflictException e) {
            throw new IllegalStateException("a change without a basis conflicted", e);
        }
    }

    @Override
    public long tagIfCurrent(TagChange change, long basis, Editor editor, ChangeKind kind)
            throws ChangeRejectedException, ChangeConflictException {
        return journalAndApply(change, OptionalLong.of(basis), editor, kind);
    }

    /** @param basis the version the change is based on; none: last writer wins */
    private long journalAndApply(TagChange change, OptionalLong basis, Editor editor, ChangeKind kind)
            throws ChangeRejectedException, ChangeConflictException {
        long sequence;
        long version;
        synchronized (state.lock) {
            if (basis.isPresent()) {
                rejectIfChangedSince(change.first(), change.last(), basis.getAsLong());
            }
            Attribution by = state.attribution(editor, kind);
            sequence = appendToJournal(change, by);
            version = applyLocked(change, by, editor);
        }
        awaitDurable(sequence, version);
        return version;
    }

    /**
     * The journal record of an accept holds the first row's values, as any change does; replay
     * ignores them, since an accept changes no labels.
     */
    @Override
    public long accept(int first, int last, long basis, Editor reviewer)
            throws ChangeRejectedException, ChangeConflictException {
        long sequence;
        long version;
        synchronized (state.lock) {
            rejectIfChangedSince(first, last, basis);
            TagChange seen = new TagChange(first, last, state.valuesLocked(first));
            Attribution by = state.attribution(reviewer, ChangeKind.ACCEPT);
            sequence = appendToJournal(seen, by);
            version = state.applyLocked(seen, by);
        }
        awaitDurable(sequence, version);
        return version;
    }

    /** Applies what the journal holds from before a crash or stop, then saves so that the CSV is current again. */
    @Override
    public int recover(List<RecordedChange> recorded, RecoverySave save) throws DatasetLoadException {
        for (RecordedChange change : recorded) {
            synchronized (state.lock) {
                state.applyLocked(change.change(), change.by());
            }
        }
        LOG.log(Level.INFO, "recovered {0} changes from the journal", recorded.size());
        try {
            save.save();
        } catch (SaveFailedException e) {
            throw new DatasetLoadException("recovered " + recorded.size()
                    + " changes from the journal but could not save them: " + e.getMessage(), e);
        }
        return recorded.size();
    }

    /** Caller holds the state's lock. */
    private void rejectIfChangedSince(int first, int last, long basis)
            throws ChangeRejectedException, ChangeConflictException {
        long current = state.currentVersionLocked();
        if (Long.compareUnsigned(basis, current) > 0) {
            // Not a version this server issued: applying it would hide every later conflict.
            throw new ChangeRejectedException("the edit is based on version " + Long.toUnsignedString(basis)
                    + ", newer than any version this server issued (" + current + "): reload the labels");
        }
        long newest = state.newestLocked(first, last);
        if (newest > basis) {
            throw new ChangeConflictException("rows " + first + ".." + last
                    + " were changed by someone else (version " + newest + ", your edit was based on "
                    + basis + ")", current);
        }
    }

    /** Caller holds the state's lock, so journal order is apply order. */
    private long appendToJournal(TagChange change, Attribution by) throws ChangeRejectedException {
        try {
            return journal.append(change, by);
        } catch (JournalException e) {
            throw new ChangeRejectedException("change not recorded: " + e.getMessage(), e);
        }
    }

    /** Caller holds the state's lock. */
    private long applyLocked(TagChange change, Attribution by, Editor editor) {
        long version = state.applyLocked(change, by);
        watchers.notifyLocked(change, version, editor.origin(), editor.annotator());
        return version;
    }

    /**
     * A change the journal could not make durable is answered as not saved, but stays applied: it
     * was shown to the others already, and the original client ignores the error and shows its edit,
     * so taking it back would leave views that disagree with the server. The journal keeps it and
     * writes it as soon as the disk takes writes again (an acknowledged later change means it is on
     * disk too), and the next save writes it into the CSV.
     */
    private void awaitDurable(long sequence, long version) throws ChangeRejectedException {
        try {
            journal.awaitDurable(sequence);
            state.held.safeUpTo(state.editOf(version));
        } catch (JournalException e) {
            state.held.held(state.editOf(version), e.getMessage());
            throw new ChangeRejectedException("not saved: " + e.getMessage() + ". The change stays applied on the "
                    + "server and is written once the disk takes it; a crash before then loses it", e);
        }
    }
}
