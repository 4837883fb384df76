package dev.fitt.adapters.socket.server;

/**
 * When a connection's current write to the socket began, while one is under way. A write blocks
 * only while the client's receive window and the socket's send buffer are full, that is while
 * the client does not read; the server's watchdog closes a connection whose write has been
 * blocked longer than the message timeout, so a client that stops reading cannot hold its
 * threads and its connection slot for ever.
 */
final class BlockedWrite {
    private static final long NONE = Long.MIN_VALUE;

    private volatile long since = NONE;

    void starting() {
        since = System.nanoTime();
    }

    void done() {
        since = NONE;
    }

    /** How long the write under way at {@code now} has been blocked; 0 when none is. */
    long blockedNanos(long now) {
        long started = since;
        return started == NONE ? 0 : Math.max(0, now - started);
    }
}
