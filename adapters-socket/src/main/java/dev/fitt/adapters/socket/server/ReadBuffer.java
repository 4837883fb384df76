package dev.fitt.adapters.socket.server;

import java.nio.ByteBuffer;

/**
 * The size of a connection's read buffer: small while the client is idle (thousands of idle
 * connections hold one each), larger while it pipelines requests or sends one large request.
 */
final class ReadBuffer {
    static final int IDLE = 4 * 1024;
    static final int BUSY = 64 * 1024;

    private ReadBuffer() {
    }

    /**
     * Grows the buffer when one pending request fills it (the decoder has checked its size), or up
     * to {@link #BUSY} while reads fill it (a client pipelining requests); back to {@link #IDLE}
     * once all is decoded and the client paused.
     *
     * @param in            compacted after decoding: what is left of an unfinished message
     * @param filled        the last read filled the buffer
     * @param maxMessageBytes the largest request the decoder takes
     */
    static ByteBuffer roomToRead(ByteBuffer in, boolean filled, int maxMessageBytes) {
        if (in.position() == 0 && !filled && in.capacity() > IDLE) {
            return ByteBuffer.allocate(IDLE);
        }
        boolean busy = filled && in.capacity() < BUSY;
        if (in.hasRemaining() && !busy) {
            return in;
        }
        int larger = (int) Math.min(Math.max(maxMessageBytes, BUSY), 2L * in.capacity());
        return ByteBuffer.allocate(larger).put(in.flip());
    }
}
