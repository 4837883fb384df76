package dev.fitt.adapters.swing;

import dev.fitt.client.port.in.LabellingSession;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javax.swing.SwingUtilities;

/**
 * Closing the {@link SwingClient}'s session exactly once, off the event thread: the event thread
 * stops using the session first (unless it is stuck), then the session flushes its edits, asks
 * the server to save and closes; later calls get the same outcome.
 */
final class SessionClosing {
    private static final Duration FREEZE_WAIT = Duration.ofSeconds(1);

    /** Told on the event thread once the session is closed. */
    interface Closed {
        void closed(boolean delivered, int unsent);
    }

    private final AtomicReference<CompletableFuture<Boolean>> closing = new AtomicReference<>();

    /** Whether closing has begun: nothing new may open. */
    boolean begun() {
        return closing.get() != null;
    }

    /**
     * Starts closing once: {@code freeze} runs on the event thread, then {@code session} (null:
     * nothing open) is closed within about {@code maxWait}, then {@code then} runs on the event thread.
     */
    CompletableFuture<Boolean> begin(Duration maxWait, Runnable freeze, Supplier<LabellingSession> session,
            Closed then) {
        CompletableFuture<Boolean> outcome = new CompletableFuture<>();
        if (!closing.compareAndSet(null, outcome)) {
            return closing.get();
        }
        CountDownLatch frozen = new CountDownLatch(1);
        EdtListener.onEdt(() -> {
            freeze.run();
            frozen.countDown();
        });
        Thread closer = new Thread(() -> {
            // The session is the event thread's: let it stop using it first, unless it is stuck.
            awaitQuietly(frozen, FREEZE_WAIT);
            LabellingSession open = session.get();
            boolean delivered = open == null || open.saveAndClose().close(maxWait);
            int unsent = open == null ? 0 : open.state().pendingEdits();
            outcome.complete(delivered);
            SwingUtilities.invokeLater(() -> then.closed(delivered, unsent));
        }, "fitt-close");
        closer.start();
        return outcome;
    }

    private static void awaitQuietly(CountDownLatch latch, Duration maxWait) {
        try {
            latch.await(maxWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
