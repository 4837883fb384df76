package dev.fitt.adapters.postgres;

import dev.fitt.domain.Attribution;
import dev.fitt.domain.TagChange;
import dev.fitt.ports.JournalException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The changes of one dataset waiting for its next group commit, and the group a leader takes.
 * <p>
 * A commit costs the database nearly the same for one change as for sixteen (its log flush and the
 * call), and only one commit of a dataset runs at a time, so the changes per commit set the rate.
 * Left alone, several busy clients split into groups that take turns: half of them wait while the
 * other half commits. So a leader waits a moment, at most the gather time, until as many changes
 * are pending as there were writers in the last two groups; a lone writer never waits, and a writer
 * who stopped is waited for at most twice. (The CSV journal's flush gathers the same way; adapters
 * share no code.)
 */
final class PendingChanges {
    /** What a leader takes: the changes in one group, and the last sequence number it carries. */
    record Group(List<PendingChange> changes, long upTo) {
    }

    private final long gatherNanos;
    private final ReentrantLock lock = new ReentrantLock();
    /** Signalled when {@link #awaited} changes are pending, or on close. */
    private final Condition gathered = lock.newCondition();
    /** Guarded by lock. */
    private List<PendingChange> pending = new ArrayList<>();
    private long appended;
    private boolean closed;
    /** Guarded by lock: how many pending changes the leader waits for; 0 while it does not. */
    private int awaited;
    /** Only the leader touches it: the group it took last. */
    private List<PendingChange> lastGroup = List.of();
    /** Only the leader touches it: the distinct writers of the last two groups. */
    private int recentWriters;

    /** @param gatherNanos how long a leader waits at most for the recent writers' changes */
    PendingChanges(long gatherNanos) {
        this.gatherNanos = gatherNanos;
    }

    /** Queues a change for the next group; its writer is the calling thread (one per client connection). */
    PendingChange add(TagChange change, int[] fileRows, long basis, Attribution by) throws JournalException {
        lock.lock();
        try {
            if (closed) {
                throw new JournalException("the journal is closed");
            }
            PendingChange entry = new PendingChange(++appended, change, fileRows.clone(), basis, by,
                    Thread.currentThread());
            pending.add(entry);
            if (awaited > 0 && pending.size() >= awaited) {
                gathered.signal();
            }
            return entry;
        } finally {
            lock.unlock();
        }
    }

    /** By the leader: every change pending, once the recent writers' have come or the gather time is up. */
    Group take() {
        List<PendingChange> group;
        long upTo;
        lock.lock();
        try {
            gather();
            group = pending;
            pending = new ArrayList<>();
            upTo = appended;
        } finally {
            lock.unlock();
        }
        if (!group.isEmpty()) {
            countWriters(group);
        }
        return new Group(group, upTo);
    }

    /** Caller holds the lock. */
    private void gather() {
        if (recentWriters <= 1 || pending.isEmpty()) {
            return;
        }
        awaited = recentWriters;
        long left = gatherNanos;
        try {
            while (pending.size() < awaited && left > 0 && !closed) {
                left = gathered.awaitNanos(left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // kept for the caller; the group goes as it is
        } finally {
            awaited = 0;
        }
    }

    private void countWriters(List<PendingChange> group) {
        Set<Thread> writers = new HashSet<>();
        for (PendingChange entry : lastGroup) {
            writers.add(entry.writer);
        }
        for (PendingChange entry : group) {
            writers.add(entry.writer);
        }
        recentWriters = writers.size();
        lastGroup = group;
    }

    /** No change is queued after; a leader gathering stops waiting. */
    void close() {
        lock.lock();
        try {
            closed = true;
            gathered.signalAll();
        } finally {
            lock.unlock();
        }
    }
}
