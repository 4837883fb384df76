package dev.fitt.adapters.postgres;

import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * Leader-follower group commit (as the CSV journal does it, over transactions instead of syncs): who flushes, and how the others wait for it. A thread that waits
 * for its change and finds nobody flushing becomes the leader and commits everything appended so
 * far itself; the others park until a flush has carried their change, and one of those it did not
 * carry becomes the next leader. A lone writer so never waits for another thread to wake up.
 * <p>
 * Waiters park on their own and read the durable mark without a lock: when a flush ends every
 * waiter wakes at once instead of handing one lock from thread to thread, which on two cores costs
 * more than the sync itself.
 */
final class GroupCommit {
    /** Flushes everything appended so far; returns the sequence number it made durable. */
    interface Flush {
        long run() throws FlushFailed;
    }

    /** A flush the database refused; {@code upTo} is the last sequence number it carried. */
    static final class FlushFailed extends Exception {
        private final long upTo;

        FlushFailed(long upTo, SQLException cause) {
            super(cause);
            this.upTo = upTo;
        }

        SQLException error() {
            return (SQLException) getCause();
        }
    }

    /** The last failed flush. */
    private record Failure(SQLException error, long upTo) {
    }

    private final AtomicBoolean leading = new AtomicBoolean();
    private final Set<Thread> waiting = ConcurrentHashMap.newKeySet();
    /** Written by the leader only, after its flush. */
    private volatile long durable;
    private volatile Failure failure;

    /**
     * Returns once everything up to {@code sequence} is durable, flushing with {@code flush} when
     * nobody else is. Throws the failure of a flush that carried this sequence and ended during the
     * wait; a failure that came before, or did not carry it, is no reason to give up: this wait
     * tries again (the database may take writes again, and the flush keeps what it could not write).
     * An interrupt does not cut the wait short (the change is applied; only its acknowledgement
     * waits), and is kept for the caller.
     */
    void await(long sequence, Flush flush) throws SQLException {
        Thread me = Thread.currentThread();
        boolean registered = false;
        boolean interrupted = false;
        Failure before = failure;
        try {
            while (durable < sequence) {
                Failure failed = failure;
                if (failed != before && failed.upTo() >= sequence) {
                    throw failed.error();
                }
                if (leading.compareAndSet(false, true)) {
                    lead(flush);
                } else if (!registered) {
                    // Look again after registering: a flush ending in between will wake us.
                    waiting.add(me);
                    registered = true;
                } else {
                    LockSupport.park(this);
                    interrupted |= Thread.interrupted();
                }
            }
        } finally {
            if (registered) {
                waiting.remove(me);
            }
            if (interrupted) {
                me.interrupt();
            }
        }
    }

    private void lead(Flush flush) {
        try {
            long upTo = flush.run();
            if (upTo > durable) {
                durable = upTo;
            }
        } catch (FlushFailed e) {
            failure = new Failure(e.error(), e.upTo);
        } finally {
            leading.set(false);
            for (Thread waiter : waiting) {
                LockSupport.unpark(waiter);
            }
        }
    }

    long durable() {
        return durable;
    }
}
