package dev.fitt.adapters.socket.server;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * A buffered stream, like {@link java.io.BufferedOutputStream}, whose buffer is borrowed from
 * {@link ReplyBuffers} at the first write and given back at each flush: a connection's writer
 * flushes whenever it has nothing more queued, so an idle connection holds no output buffer.
 * Not thread-safe (used under the connection's serving lock).
 */
final class BorrowedBufferOutputStream extends OutputStream {
    private final OutputStream out;
    private final ReplyBuffers buffers;
    private byte[] buffer;
    private int count;

    BorrowedBufferOutputStream(OutputStream out, ReplyBuffers buffers) {
        this.out = Objects.requireNonNull(out, "out");
        this.buffers = Objects.requireNonNull(buffers, "buffers");
    }

    @Override
    public void write(int b) throws IOException {
        if (buffer == null) {
            buffer = buffers.borrow();
        } else if (count == buffer.length) {
            drain();
        }
        buffer[count++] = (byte) b;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, bytes.length);
        if (length >= buffers.size()) {
            // As BufferedOutputStream does: a large write goes straight out, in order.
            drain();
            out.write(bytes, offset, length);
            return;
        }
        if (buffer == null) {
            buffer = buffers.borrow();
        } else if (length > buffer.length - count) {
            drain();
        }
        System.arraycopy(bytes, offset, buffer, count, length);
        count += length;
    }

    @Override
    public void flush() throws IOException {
        drain();
        if (buffer != null) {
            buffers.giveBack(buffer);
            buffer = null;
        }
        out.flush();
    }

    @Override
    public void close() throws IOException {
        try {
            flush();
        } finally {
            out.close();
        }
    }

    /** True while this stream holds a borrowed buffer. */
    boolean holdsBuffer() {
        return buffer != null;
    }

    private void drain() throws IOException {
        if (count > 0) {
            int n = count;
            count = 0;
            out.write(buffer, 0, n);
        }
    }
}
