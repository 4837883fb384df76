package dev.fitt.client.service;

import dev.fitt.domain.AppliedChange;
import dev.fitt.domain.TagChange;
import dev.fitt.domain.TagValue;
import dev.fitt.domain.VersionedLabels;
import dev.fitt.domain.labelling.ClientLabelTable;
import dev.fitt.domain.labelling.PendingEdits;
import dev.fitt.domain.labelling.RowRange;
import dev.fitt.domain.labelling.ServerLabelTable;
import dev.fitt.client.port.in.SessionListener;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Live work with other annotators on a server with versioned edits and live changes.
 *
 * <p>The rule every client follows, so that all converge on the server's labels: a row shows the
 * annotator's own value while one of their changes to it is pending (queued, on its way, or in
 * conflict awaiting a decision), and otherwise the server's value of the newest version this
 * client has heard of, from an acknowledgement, a push or a reload, whichever order they come in.
 * A pending change is never silently overwritten and never silently wins: the server checks it
 * against its basis (the newest version the annotator had seen on its rows) and either applies it
 * (then it is the server's value) or reports a conflict the annotator re-applies or drops.
 *
 * <p>The server's label table and the pending changes are guarded by the {@link LockedLabelTable} lock;
 * listeners are told after it is released.
 */
final class VersionedSync implements ServerSync, VersionedAnswers {
    private final LockedLabelTable labels;
    private final SessionListener events;
    private final ServerLabelTable server;
    private final PendingEdits pending = new PendingEdits();
    /** Who made the server's values of a row, where a push named them (guarded like the labels). */
    private final Map<Integer, String> authors = new HashMap<>();

    VersionedSync(LockedLabelTable labels, VersionedLabels loaded, SessionListener events) {
        this.labels = Objects.requireNonNull(labels, "labels");
        this.events = Objects.requireNonNull(events, "events");
        this.server = new ServerLabelTable(loaded);
    }

    // --- the annotator (UI thread) ----------------------------------------------------------

    @Override
    public Outgoing applyLocal(TagChange change) {
        long ticket = locked(table -> {
            long basis = seenBasis(change);
            table.apply(change);
            return pending.add(change, basis);
        });
        return new Outgoing.VersionedChange(change, ticket);
    }

    /** The re-applied change lands after everything sent so far, so it is shown again too. */
    @Override
    public Outgoing reapply(TagChange change) {
        long ticket = locked(table -> {
            long conflicted = conflictOf(change);
            pending.retry(conflicted, server.newestIn(change.first(), change.last()));
            table.apply(change);
            return conflicted;
        });
        events.labelsChanged(change.first(), change.last());
        return new Outgoing.VersionedChange(change, ticket);
    }

    /** The local values stay until the fetched server values replace them: no flicker through stale ones. */
    @Override
    public Outgoing drop(TagChange change) {
        locked(table -> {
            pending.dropped(conflictOf(change));
            return null;
        });
        return new Outgoing.Reload();
    }

    /**
     * What accepting rows {@code first..last} as shown sends: one accept per run of rows no edit of
     * ours is pending on (such an edit is a correction, which reviews its rows itself), each with
     * the newest version of the server's values shown there.
     */
    List<Outgoing.Accept> acceptsFor(int first, int last) {
        return locked(table -> pending.uncovered(first, last).stream()
                .map(free -> new Outgoing.Accept(free.first(), free.last(), server.newestIn(free.first(), free.last())))
                .toList());
    }

    @Override
    public List<TagChange> conflicts() {
        return locked(table -> pending.conflicts());
    }

    // --- the server (sender and receiver threads) -------------------------------------------

    @Override
    public List<TagValue> serverValues(int row) {
        return locked(table -> server.values(row));
    }

    @Override
    public String serverAuthor(int row) {
        return locked(table -> authors.getOrDefault(row, ""));
    }

    /** Another annotator's change: shown on every row it is newest for and no edit of ours is pending on. */
    void received(AppliedChange applied) {
        TagChange change = applied.change();
        List<RowRange> shown = locked(table -> {
            List<RowRange> out = new ArrayList<>();
            for (RowRange taken : server.accept(applied.version(), change)) {
                name(taken.first(), taken.last(), applied.annotator());
                for (RowRange free : pending.uncovered(taken.first(), taken.last())) {
                    table.apply(new TagChange(free.first(), free.last(), change.values()));
                    out.add(free);
                }
            }
            return out;
        });
        shown.forEach(r -> events.labelsChangedByOthers(r.first(), r.last()));
    }

    @Override
    public long basis(long ticket) {
        return locked(table -> pending.basis(ticket));
    }

    /** Our change is the server's now; where others' newer values are already known, they show. */
    @Override
    public void accepted(long ticket, long version) {
        List<TagChange> shown = locked(table -> {
            TagChange change = pending.acknowledged(ticket, version);
            for (RowRange taken : server.accept(version, change)) {
                name(taken.first(), taken.last(), "");
            }
            return reveal(table, change.first(), change.last());
        });
        fireOthers(shown);
    }

    @Override
    public void conflicted(long ticket, String message) {
        TagChange change = locked(table -> {
            pending.conflicted(ticket);
            return pending.change(ticket);
        });
        events.editConflicted(change, message);
    }

    @Override
    public void refused(long ticket) {
        fireOthers(locked(table -> {
            TagChange change = pending.forget(ticket);
            return reveal(table, change.first(), change.last());
        }));
    }

    /**
     * Rows the reload knows newer take its values unless an edit of ours is pending on them;
     * dropped edits give way to the server's values. Pending edits the reload gives no reason to
     * doubt are based on it from now on (after a server restart, every row is newer).
     */
    @Override
    public void reloaded(VersionedLabels reloaded) {
        fireOthers(locked(table -> {
            pending.rebase(server, reloaded);
            List<TagChange> dropped = pending.forgetDropped();
            List<TagChange> shown = new ArrayList<>();
            for (RowRange taken : server.merge(reloaded)) {
                // A reload says nothing of who: a name from an older push would be wrong here.
                name(taken.first(), taken.last(), "");
                shown.addAll(reveal(table, taken.first(), taken.last()));
            }
            for (TagChange given : dropped) {
                shown.addAll(reveal(table, given.first(), given.last()));
            }
            return shown;
        }));
    }

    // --- helpers (callers hold the lock) ----------------------------------------------------

    private void name(int first, int last, String annotator) {
        for (int row = first; row <= last; row++) {
            if (annotator.isEmpty()) {
                authors.remove(row);
            } else {
                authors.put(row, annotator);
            }
        }
    }

    /**
     * The newest version the annotator has seen on the change's rows: the server's where the
     * rows show it, and where they show a pending edit of ours, that edit's basis (pushes hidden
     * behind it were not seen).
     */
    private long seenBasis(TagChange change) {
        long basis = pending.newestBasisOver(change.first(), change.last());
        for (RowRange free : pending.uncovered(change.first(), change.last())) {
            basis = Math.max(basis, server.newestIn(free.first(), free.last()));
        }
        return basis;
    }

    /** Shows the server's values on rows of {@code first..last} that no pending edit covers. */
    private List<TagChange> reveal(ClientLabelTable table, int first, int last) {
        List<TagChange> shown = new ArrayList<>();
        for (RowRange free : pending.uncovered(first, last)) {
            for (TagChange difference : server.differencesFrom(table, free.first(), free.last())) {
                table.apply(difference);
                shown.add(difference);
            }
        }
        return shown;
    }

    private long conflictOf(TagChange change) {
        Objects.requireNonNull(change, "change");
        return pending.conflictOf(change).orElseThrow(() -> new IllegalArgumentException("no edit of rows "
                + change.first() + ".." + change.last() + " is waiting for a decision (it was not refused as a "
                + "conflict, or was already re-applied or dropped)"));
    }

    private void fireOthers(List<TagChange> shown) {
        shown.forEach(c -> events.labelsChangedByOthers(c.first(), c.last()));
    }

    private <T> T locked(Function<ClientLabelTable, T> work) {
        return labels.withTable(work);
    }
}
