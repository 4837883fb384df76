package dev.fitt.client.port.in;

import java.time.Duration;

/** Saving on request and ending the session without losing edits. */
public interface SaveAndCloseUseCase {
    /** Asks the server to save, after every edit made so far. */
    void requestSave();

    /**
     * Queues a save, waits at most {@code maxWait} for every queued edit and the save to reach
     * the server, then stops sending and closes the connection. True when everything arrived.
     */
    boolean close(Duration maxWait);

    /**
     * Waits at most {@code maxWait} until the server has answered every queued edit and save, and
     * every change of others received so far is applied; true when nothing is pending. For a
     * "wait until sent" action, and for tests.
     */
    boolean awaitDelivery(Duration maxWait) throws InterruptedException;
}
