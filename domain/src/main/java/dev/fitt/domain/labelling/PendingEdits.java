package dev.fitt.domain.labelling;

import dev.fitt.domain.TagChange;
import dev.fitt.domain.VersionedLabels;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.OptionalLong;

/**
 * The annotator's changes the server has not confirmed yet: queued, on their way, refused as a
 * conflict and waiting for the annotator to re-apply or drop them, or dropped and waiting for the
 * server's values to replace them. Each carries its basis, the
 * newest row version the annotator had seen when making it, which the server checks it against.
 *
 * <p>While a row is covered here the client keeps showing its own value there: the server will
 * either take the change (it then becomes the server's value) or report a conflict the annotator
 * decides on, so showing others' values meanwhile would only flicker. Not thread-safe.
 */
public final class PendingEdits {
    private final Map<Long, Entry> entries = new LinkedHashMap<>();
    private long nextTicket = 1;

    /** Registers a change made with {@code basis}; returns its ticket (increasing in edit order). */
    public long add(TagChange change, long basis) {
        long ticket = nextTicket++;
        entries.put(ticket, new Entry(change, basis));
        return ticket;
    }

    public TagChange change(long ticket) {
        return entry(ticket).change;
    }

    public long basis(long ticket) {
        return entry(ticket).basis;
    }

    /**
     * The server applied the change as {@code version}. Later changes of ours to the same rows
     * were made on top of it, so their basis rises to that version: otherwise the server would
     * see our own edit as someone else's. (A later change reaching beyond these rows thereby also
     * accepts changes others made to its extra rows before {@code version}: one basis per change.)
     */
    public TagChange acknowledged(long ticket, long version) {
        Entry done = remove(ticket);
        for (Map.Entry<Long, Entry> later : entries.entrySet()) {
            Entry entry = later.getValue();
            if (later.getKey() > ticket && overlaps(entry.change, done.change)) {
                entry.basis = Math.max(entry.basis, version);
            }
        }
        return done.change;
    }

    /**
     * A reload arrived (after a reconnect, perhaps to a restarted server, which versions every row
     * anew). A change still on its way whose rows this client heard nothing newer of since the
     * edit, and which the reload shows as {@code known} holds them (or already with the change's
     * values), would overwrite nothing the annotator has not seen: its basis rises to the reload's
     * versions of its rows. Without this, every edit made while a server restarted would come back
     * as a conflict. Call before {@code known} takes the reload.
     */
    public void rebase(ServerLabelTable known, VersionedLabels reloaded) {
        if (reloaded.rowVersions().length != known.rowCount()) {
            return; // another dataset: the known copy refuses the reload itself
        }
        for (Entry entry : entries.values()) {
            TagChange change = entry.change;
            if (entry.state == State.SENDING && known.newestIn(change.first(), change.last()) <= entry.basis
                    && known.reloadKeeps(reloaded, change)) {
                for (int row = change.first(); row <= change.last(); row++) {
                    entry.basis = Math.max(entry.basis, reloaded.rowVersions()[row]);
                }
            }
        }
    }

    /** The server refused the change as a conflict; it waits for the annotator's decision. */
    public void conflicted(long ticket) {
        entry(ticket).state = State.CONFLICTED;
    }

    /** A conflicted change is sent again with a new basis. */
    public void retry(long ticket, long basis) {
        Entry entry = entry(ticket);
        entry.state = State.SENDING;
        entry.basis = basis;
    }

    /** The annotator gave the change up; it covers its rows until the server's values are fetched. */
    public void dropped(long ticket) {
        entry(ticket).state = State.DROPPED;
    }

    /** Removes every dropped change, now that the server's values are here; returns them. */
    public List<TagChange> forgetDropped() {
        List<TagChange> gone = new ArrayList<>();
        entries.values().removeIf(entry -> {
            boolean dropped = entry.state == State.DROPPED;
            if (dropped) {
                gone.add(entry.change);
            }
            return dropped;
        });
        return List.copyOf(gone);
    }

    public TagChange forget(long ticket) {
        return remove(ticket).change;
    }

    /** The ticket of the oldest conflicted change equal to {@code change}, if any. */
    public OptionalLong conflictOf(TagChange change) {
        for (Map.Entry<Long, Entry> entry : entries.entrySet()) {
            if (entry.getValue().state == State.CONFLICTED && entry.getValue().change.equals(change)) {
                return OptionalLong.of(entry.getKey());
            }
        }
        return OptionalLong.empty();
    }

    /**
     * The newest basis among pending changes touching rows {@code first..last} (0 if none): on
     * rows we show our own value, that is the newest version the annotator has actually seen.
     */
    public long newestBasisOver(int first, int last) {
        long newest = 0;
        for (Entry entry : entries.values()) {
            if (entry.change.first() <= last && first <= entry.change.last()) {
                newest = Math.max(newest, entry.basis);
            }
        }
        return newest;
    }

    /** Conflicted changes in edit order. */
    public List<TagChange> conflicts() {
        return entries.values().stream().filter(e -> e.state == State.CONFLICTED).map(e -> e.change).toList();
    }

    public int size() {
        return entries.size();
    }

    /** The parts of rows {@code first..last} no pending change covers, in row order. */
    public List<RowRange> uncovered(int first, int last) {
        List<RowRange> covering = new ArrayList<>();
        for (Entry entry : entries.values()) {
            if (entry.change.first() <= last && first <= entry.change.last()) {
                covering.add(new RowRange(entry.change.first(), entry.change.last()));
            }
        }
        covering.sort(Comparator.comparingInt(RowRange::first));
        List<RowRange> free = new ArrayList<>();
        int next = first;
        Iterator<RowRange> it = covering.iterator();
        while (next <= last && it.hasNext()) {
            RowRange cover = it.next();
            if (cover.first() > next) {
                free.add(new RowRange(next, Math.min(last, cover.first() - 1)));
            }
            next = Math.max(next, cover.last() + 1);
        }
        if (next <= last) {
            free.add(new RowRange(next, last));
        }
        return List.copyOf(free);
    }

    private Entry entry(long ticket) {
        Entry entry = entries.get(ticket);
        if (entry == null) {
            throw new NoSuchElementException("no pending change with ticket " + ticket);
        }
        return entry;
    }

    private Entry remove(long ticket) {
        Entry entry = entry(ticket);
        entries.remove(ticket);
        return entry;
    }

    private static boolean overlaps(TagChange a, TagChange b) {
        return a.first() <= b.last() && b.first() <= a.last();
    }

    private enum State { SENDING, CONFLICTED, DROPPED }

    private static final class Entry {
        private final TagChange change;
        private long basis;
        private State state = State.SENDING;

        private Entry(TagChange change, long basis) {
            this.change = change;
            this.basis = basis;
        }
    }
}
