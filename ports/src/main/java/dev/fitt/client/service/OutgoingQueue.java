package dev.fitt.client.service;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The ordered items of an {@link EditQueue} behind one lock: the UI thread adds, the sender
 * thread takes the head and removes it once the server answered, anyone may wait for it to drain.
 * Knows nothing of the server; what is sent and how answers are handled is the queue's.
 */
final class OutgoingQueue {
    /** The item to send next, and whether the server port reported a lost connection meanwhile. */
    record Head(Outgoing item, boolean connectionLost) {
    }

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notEmpty = lock.newCondition();
    private final Condition drained = lock.newCondition();
    /** Guarded by lock; the head is the item being sent. */
    private final Deque<Outgoing> items = new ArrayDeque<>();
    private boolean running;
    /** Set when the server port reports a lost connection; guarded by lock. */
    private boolean connectionLost;

    void open() {
        lock.lock();
        try {
            running = true;
        } finally {
            lock.unlock();
        }
    }

    /** Wakes the sender; it then finds {@link #awaitHead} returning null. */
    void close() {
        lock.lock();
        try {
            running = false;
            notEmpty.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Appends an item; returns how many wait now. */
    int add(Outgoing item) {
        lock.lock();
        try {
            if (!running) {
                throw new IllegalStateException("the edit queue is not running (not started or already stopped)");
            }
            if (item instanceof Outgoing.Save) {
                dropWaitingSave();
            }
            items.addLast(item);
            notEmpty.signal();
            return items.size();
        } finally {
            lock.unlock();
        }
    }

    int size() {
        lock.lock();
        try {
            return items.size();
        } finally {
            lock.unlock();
        }
    }

    /** Waits until every item was answered, at most {@code maxWait}; true when drained. */
    boolean awaitDrained(Duration maxWait) throws InterruptedException {
        long remaining = maxWait.toNanos();
        lock.lock();
        try {
            while (!items.isEmpty()) {
                if (remaining <= 0) {
                    return false;
                }
                remaining = drained.awaitNanos(remaining);
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** On a thread of the server port's: only wakes the sender, which does the rest. */
    void connectionLost() {
        lock.lock();
        try {
            connectionLost = true;
            notEmpty.signal();
        } finally {
            lock.unlock();
        }
    }

    /**
     * The next item to send; a heartbeat when nothing came within {@code idle} (zero: at once) or
     * the connection was lost; null once closed or interrupted.
     */
    Head awaitHead(Duration idle) {
        lock.lock();
        try {
            long left = idle.toNanos();
            while (running && items.isEmpty() && !connectionLost && left > 0) {
                left = notEmpty.awaitNanos(left);
            }
            if (!running) {
                return null;
            }
            boolean lost = connectionLost;
            connectionLost = false;
            return new Head(items.isEmpty() ? new Outgoing.Heartbeat() : items.peekFirst(), lost);
        } catch (InterruptedException e) {
            return null;
        } finally {
            lock.unlock();
        }
    }

    /** Removes the answered head; returns how many wait now. */
    int removeHead() {
        lock.lock();
        try {
            items.pollFirst();
            int size = items.size();
            if (size == 0) {
                drained.signalAll();
            }
            return size;
        } finally {
            lock.unlock();
        }
    }

    /**
     * A save still waiting in the queue (not the head, which may be on the wire) is covered by a
     * newer one: every edit before it is also before the newer save. Dropping it keeps a slow save
     * of a big dataset from holding back each edit behind it (autosave every edit, a million rows).
     * Caller holds the lock.
     */
    private void dropWaitingSave() {
        Outgoing head = items.peekFirst();
        items.removeIf(waiting -> waiting != head && waiting instanceof Outgoing.Save);
    }
}
