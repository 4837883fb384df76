package dev.fitt.client.service;

import dev.fitt.client.port.in.SaveAndCloseUseCase;
import java.time.Duration;

/** Saves on request, waits for delivery, and ends the session without losing an edit. */
final class SaveAndCloseService implements SaveAndCloseUseCase {
    private final SessionState state;

    SaveAndCloseService(SessionState state) {
        this.state = state;
    }

    @Override
    public void requestSave() {
        state.checkOpen();
        state.autosave.saveRequested();
        state.queue.enqueueSave();
    }

    @Override
    public boolean awaitDelivery(Duration maxWait) throws InterruptedException {
        long deadline = System.nanoTime() + maxWait.toNanos();
        return state.queue.flush(maxWait) && state.received.awaitIdle(Duration.ofNanos(deadline - System.nanoTime()));
    }

    @Override
    public boolean close(Duration maxWait) {
        if (!state.close()) {
            return true;
        }
        boolean delivered;
        try {
            state.queue.enqueueSave();
            delivered = state.queue.flush(maxWait) && state.queue.lastSaveSucceeded();
            state.queue.stop(Duration.ofSeconds(1));
            state.received.stop(Duration.ofSeconds(1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            delivered = false;
        } finally {
            ClientCore.closeQuietly(state.subscription);
            state.server.close();
        }
        return delivered;
    }
}
