package dev.fitt.client.service;

import dev.fitt.domain.AppliedChange;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * Takes others' changes from the server port's callback, which must not block (in-process it runs
 * inside the server's own lock), and applies them on a thread of the session's, in arrival order.
 * Changes that arrive before {@link #start} wait, so subscribing before loading the labels loses
 * nothing.
 */
final class ChangeReceiver implements Consumer<AppliedChange> {
    private static final System.Logger LOG = System.getLogger(ChangeReceiver.class.getName());

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition arrived = lock.newCondition();
    private final Condition idle = lock.newCondition();
    /** Guarded by lock. */
    private final Deque<AppliedChange> inbox = new ArrayDeque<>();
    private boolean applying;
    private boolean running;
    private Thread receiver;

    @Override
    public void accept(AppliedChange change) {
        Objects.requireNonNull(change, "change");
        lock.lock();
        try {
            inbox.addLast(change);
            arrived.signal();
        } finally {
            lock.unlock();
        }
    }

    /** Starts applying with {@code apply} on a thread made by {@code threads}. */
    void start(ThreadFactory threads, Consumer<AppliedChange> apply) {
        Objects.requireNonNull(apply, "apply");
        lock.lock();
        try {
            if (receiver != null) {
                throw new IllegalStateException("the change receiver was already started");
            }
            running = true;
            receiver = threads.newThread(() -> receiveLoop(apply));
            receiver.start();
        } finally {
            lock.unlock();
        }
    }

    /** Waits at most {@code maxWait} until every change received so far is applied. */
    boolean awaitIdle(Duration maxWait) throws InterruptedException {
        long remaining = maxWait.toNanos();
        lock.lock();
        try {
            while (running && (applying || !inbox.isEmpty())) {
                if (remaining <= 0) {
                    return false;
                }
                remaining = idle.awaitNanos(remaining);
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** Stops applying; changes still in the inbox are dropped with the session. */
    void stop(Duration maxWait) throws InterruptedException {
        Thread thread;
        lock.lock();
        try {
            running = false;
            thread = receiver;
            arrived.signalAll();
            idle.signalAll();
        } finally {
            lock.unlock();
        }
        if (thread != null) {
            thread.interrupt();
            thread.join(Math.max(1, maxWait.toMillis()));
        }
    }

    private void receiveLoop(Consumer<AppliedChange> apply) {
        while (true) {
            AppliedChange next = take();
            if (next == null) {
                return;
            }
            try {
                apply.accept(next);
            } catch (RuntimeException e) {
                // One change that no longer fits must not stop every later one from showing.
                LOG.log(System.Logger.Level.ERROR, "could not apply " + next + " from another annotator", e);
            } finally {
                finished();
            }
        }
    }

    /** The next change to apply, or null once stopped. */
    private AppliedChange take() {
        lock.lock();
        try {
            while (running && inbox.isEmpty()) {
                arrived.await(1, TimeUnit.SECONDS);
            }
            if (!running) {
                return null;
            }
            applying = true;
            return inbox.pollFirst();
        } catch (InterruptedException e) {
            return null;
        } finally {
            lock.unlock();
        }
    }

    private void finished() {
        lock.lock();
        try {
            applying = false;
            if (inbox.isEmpty()) {
                idle.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }
}
