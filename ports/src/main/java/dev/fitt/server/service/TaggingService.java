package dev.fitt.server.service;

import dev.fitt.domain.AppliedChange;
import dev.fitt.domain.Attribution;
import dev.fitt.domain.ChangeKind;
import dev.fitt.domain.Editor;
import dev.fitt.domain.TagChange;
import dev.fitt.ports.ChangeConflictException;
import dev.fitt.ports.ChangeRejectedException;
import dev.fitt.ports.JournalException;
import dev.fitt.server.port.in.ReviewFramesUseCase;
import dev.fitt.server.port.in.TagAsAnnotatorUseCase;
import dev.fitt.server.port.in.TagFramesAsUseCase;
import dev.fitt.server.port.in.TagFramesUseCase;
import dev.fitt.server.port.in.TagIfCurrentUseCase;
import dev.fitt.server.port.in.WatchChangesUseCase;
import dev.fitt.server.port.out.ChangeJournalPort;
import dev.fitt.server.port.out.CommittedRows;
import dev.fitt.server.port.out.SharedJournalPort;
import java.lang.System.Logger.Level;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The one place every edit goes through, so concurrent edits from many connections never
 * interleave within a row. Every change is in the journal, on disk, before {@link #tag} returns:
 * an acknowledged change survives a crash.
 */
public final class TaggingService implements TagFramesUseCase, TagFramesAsUseCase, TagIfCurrentUseCase,
        TagAsAnnotatorUseCase, ReviewFramesUseCase, WatchChangesUseCase {
    /** Origin of changes made through protocol v1 and other anonymous callers. */
    public static final String ANONYMOUS = "anonymous";
    /** Origin of changes another server committed to a shared store. */
    public static final String OTHER_SERVER = "another server";

    private static final System.Logger LOG = System.getLogger(TaggingService.class.getName());

    private final ServerState state;
    private final ChangeJournalPort journal;
    /** Set when the journal is a shared store's: changes are committed there before they are applied. */
    private final SharedJournalPort shared;
    private final List<Consumer<AppliedChange>> watchers = new CopyOnWriteArrayList<>();

    TaggingService(ServerState state, ChangeJournalPort journal) {
        this.state = Objects.requireNonNull(state, "state");
        this.journal = Objects.requireNonNull(journal, "journal");
        this.shared = journal instanceof SharedJournalPort s ? s : null;
    }

    @Override
    public void tag(TagChange change) throws ChangeRejectedException {
        tag(change, ANONYMOUS);
    }

    /** Last writer wins (protocol v1); returns the change's version. */
    @Override
    public long tag(TagChange change, String origin) throws ChangeRejectedException {
        return tag(change, Editor.anonymous(origin));
    }

    @Override
    public long tag(TagChange change, Editor editor) throws ChangeRejectedException {
        rejectIfInvalid(change);
        if (shared != null) {
            try {
                return commitShared(change, SharedJournalPort.NO_BASIS, editor, ChangeKind.LABEL);
            } catch (ChangeConflictException e) {
                throw new IllegalStateException("a change without a basis conflicted", e);
            }
        }
        long sequence;
        long version;
        synchronized (state.lock) {
            Attribution by = attribution(editor, ChangeKind.LABEL);
            sequence = appendToJournal(change, by);
            version = applyLocked(change, by, editor);
        }
        awaitDurable(sequence, version);
        return version;
    }

    @Override
    public long tagIfCurrent(TagChange change, long basis, String origin)
            throws ChangeRejectedException, ChangeConflictException {
        return tagIfCurrent(change, basis, Editor.anonymous(origin));
    }

    @Override
    public long tagIfCurrent(TagChange change, long basis, Editor editor)
            throws ChangeRejectedException, ChangeConflictException {
        return applyIfCurrent(change, basis, editor, ChangeKind.LABEL);
    }

    @Override
    public long correct(TagChange change, long basis, Editor reviewer)
            throws ChangeRejectedException, ChangeConflictException {
        return applyIfCurrent(change, basis, reviewer, ChangeKind.CORRECTION);
    }

    /**
     * The journal record of an accept holds the first row's values, as any change does; replay
     * ignores them, since an accept changes no labels.
     */
    @Override
    public long accept(int first, int last, long basis, Editor reviewer)
            throws ChangeRejectedException, ChangeConflictException {
        if (first < 0 || last < first || last >= state.dataset.size()) {
            throw new ChangeRejectedException("rows " + first + ".." + last + " are outside 0.."
                    + (state.dataset.size() - 1));
        }
        if (shared != null) {
            return acceptShared(first, last, basis, reviewer);
        }
        long sequence;
        long version;
        synchronized (state.lock) {
            rejectIfChangedSince(first, last, basis);
            TagChange seen = new TagChange(first, last, state.valuesLocked(first));
            Attribution by = attribution(reviewer, ChangeKind.ACCEPT);
            sequence = appendToJournal(seen, by);
            version = state.applyLocked(seen, by);
        }
        awaitDurable(sequence, version);
        return version;
    }

    private long applyIfCurrent(TagChange change, long basis, Editor editor, ChangeKind kind)
            throws ChangeRejectedException, ChangeConflictException {
        rejectIfInvalid(change);
        if (shared != null) {
            if (basis < 0) {
                // 2^63 or more on the wire: no version is that high, and a negative basis means none.
                throw new ChangeRejectedException("the edit is based on version " + Long.toUnsignedString(basis)
                        + ", newer than any version the database issued: reload the labels");
            }
            // The shared store checks the rows' versions in the commit: this server's copy may lag.
            return commitShared(change, basis, editor, kind);
        }
        long sequence;
        long version;
        synchronized (state.lock) {
            rejectIfChangedSince(change.first(), change.last(), basis);
            Attribution by = attribution(editor, kind);
            sequence = appendToJournal(change, by);
            version = applyLocked(change, by, editor);
        }
        awaitDurable(sequence, version);
        return version;
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

    /**
     * A single server's caller holds the state's lock, so the times of changes follow their order (a
     * shared store's commits are ordered by their versions instead). Milliseconds, as journals and
     * the wire keep them: a time reads the same before and after a restart.
     */
    private Attribution attribution(Editor editor, ChangeKind kind) {
        return new Attribution(editor.annotator(), state.clock.instant().truncatedTo(ChronoUnit.MILLIS), kind);
    }

    private void rejectIfInvalid(TagChange change) throws ChangeRejectedException {
        String problem = state.validate(change);
        if (problem != null) {
            throw new ChangeRejectedException(problem);
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
        notifyLocked(change, version, editor.origin(), editor.annotator());
        return version;
    }

    /** Caller holds the state's lock, so watchers see changes in apply order. */
    private void notifyLocked(TagChange change, long version, String origin, String annotator) {
        if (!watchers.isEmpty()) {
            AppliedChange applied = new AppliedChange(version, change, origin, annotator);
            for (Consumer<AppliedChange> watcher : watchers) {
                try {
                    watcher.accept(applied);
                } catch (RuntimeException e) {
                    // One broken subscriber must not undo or block an applied change for everyone.
                    LOG.log(Level.ERROR, "a change watcher failed", e);
                }
            }
        }
    }

    /**
     * Shared store: commit first, apply after. A change the store refused was shown to nobody and is
     * answered as refused, never acknowledged: the other servers would never see it.
     */
    private long commitShared(TagChange change, long basis, Editor editor, ChangeKind kind)
            throws ChangeRejectedException, ChangeConflictException {
        Attribution by = attribution(editor, kind);
        long version = commitToStore(change, basis, by);
        synchronized (state.lock) {
            for (TagChange applied : state.applyCommittedLocked(change.first(), change.last(), change.values(),
                    version, by)) {
                notifyLocked(applied, version, editor.origin(), editor.annotator());
            }
        }
        return version;
    }

    /**
     * Shared store: the store checks the basis and records the review; no label and no row's
     * version changes, so nothing is pushed.
     */
    private long acceptShared(int first, int last, long basis, Editor reviewer)
            throws ChangeRejectedException, ChangeConflictException {
        if (basis < 0) {
            throw new ChangeRejectedException("the accept is based on version " + Long.toUnsignedString(basis)
                    + ", newer than any version the database issued: reload the labels");
        }
        TagChange seen;
        synchronized (state.lock) {
            seen = new TagChange(first, last, state.valuesLocked(first));
        }
        Attribution by = attribution(reviewer, ChangeKind.ACCEPT);
        long version = commitToStore(seen, basis, by);
        synchronized (state.lock) {
            state.acceptCommittedLocked(first, last, by, version);
        }
        return version;
    }

    private long commitToStore(TagChange change, long basis, Attribution by)
            throws ChangeRejectedException, ChangeConflictException {
        try {
            return shared.commit(change, state.fileRows(change), basis, by);
        } catch (JournalException e) {
            throw new ChangeRejectedException("not saved: " + e.getMessage() + ". The change was not made; send it"
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
                                notifyLocked(applied, rows.version(), OTHER_SERVER,
                                        rows.by().known() ? rows.by().annotator() : OTHER_SERVER);
                            }
                        }
                        start = i;
                    }
                }
            }
        }
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

    @Override
    public AutoCloseable watch(Consumer<AppliedChange> listener) {
        Objects.requireNonNull(listener, "listener");
        watchers.add(listener);
        return () -> watchers.remove(listener);
    }
}
