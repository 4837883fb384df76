package dev.fitt.adapters.socket.server;

import java.util.concurrent.ArrayBlockingQueue;

/**
 * Output buffers shared by a server's connections: a connection borrows one while it writes and
 * gives it back when it flushes, so an idle connection holds none. Keeps at most a few spare
 * ones; beyond that a buffer is simply left to the collector. Thread-safe.
 */
final class ReplyBuffers {
    private final int size;
    private final ArrayBlockingQueue<byte[]> spare;

    ReplyBuffers(int size, int keep) {
        if (size < 1 || keep < 1) {
            throw new IllegalArgumentException("buffer size and count must be positive, got " + size + ", " + keep);
        }
        this.size = size;
        this.spare = new ArrayBlockingQueue<>(keep);
    }

    int size() {
        return size;
    }

    byte[] borrow() {
        byte[] buffer = spare.poll();
        return buffer != null ? buffer : new byte[size];
    }

    void giveBack(byte[] buffer) {
        spare.offer(buffer);
    }

    /** Spare buffers held now. */
    int spareCount() {
        return spare.size();
    }
}
