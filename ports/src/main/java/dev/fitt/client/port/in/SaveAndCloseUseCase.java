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
}
