package dev.fitt.server.port.out;

import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * Leader-follower group commit: who flushes, and how the others wait for it. A thread that waits
 * for its change and finds nobody flushing becomes the leader and flushes everything appended so
 * far itself; the others park until a flush has carried their change, and one of those it did not
 * carry becomes the next leader. A lone writer so never waits for another thread to wake up.
 * <p>
 * Waiters park on their own and read the durable mark without a lock: when a flush ends every
 * waiter wakes at once instead of handing one lock from thread to thread, which on two cores costs
 * more than the sync itself.
 * <p>
 * Not a port: a building block that journal adapters share (the file journal flushes with a sync,
 * the PostgreSQL one with a commit), kept here because adapters may not depend on each other.
 *
 * @param <E> what a refused flush throws: the adapter's own I/O exception
 */
public final class GroupCommit<E extends Exception> {
    /** Flushes everything appended so far; returns the sequence number it made durable. */
    public interface Flush {
        long run() throws FlushFailed;
    }

    /** A flush the disk or database refused; {@code upTo} is the last sequence number it carried. */
    public static final class FlushFailed extends Exception {
        private final long upTo;

        public FlushFailed(long upTo, Exception cause) {
            super(Objects.requireNonNull(cause, "cause"));
            this.upTo = upTo;
        }

        Exception error() {
            return (Exception) getCause();
        }
    }

    /** The last failed flush. */
    private record Failure(Exception error, long upTo) {
    }

    private final Class<E> errorType;

    private final AtomicBoolean leading = new AtomicBoolean();
    private final Set<Thread> waiting = ConcurrentHashMap.newKeySet();
    /** Written by the leader only, after its flush. */
    private volatile long durable;
    private volatile Failure failure;

    /** @param errorType the exception every {@link FlushFailed} of this journal carries */
    public GroupCommit(Class<E> errorType) {
        this.errorType = Objects.requireNonNull(errorType, "errorType");
    }

    /**
     * Returns once everything up to {@code sequence} is durable, flushing with {@code flush} when
     * nobody else is. Throws the failure of a flush that carried this sequence and ended during the
     * wait; a failure that came before, or did not carry it, is no reason to give up: this wait
     * tries again (the disk may take writes again, and the flush keeps what it could not write).
     * An interrupt does not cut the wait short (the change is applied; only its acknowledgement
     * waits), and is kept for the caller.
     */
    public void await(long sequence, Flush flush) throws E {
        Thread me = Thread.currentThread();
        boolean registered = false;
        boolean interrupted = false;
        Failure before = failure;
        try {
            while (durable < sequence) {
                Failure failed = failure;
                if (failed != before && failed.upTo() >= sequence) {
                    throw errorType.cast(failed.error());
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

    public long durable() {
        return durable;
    }
}
