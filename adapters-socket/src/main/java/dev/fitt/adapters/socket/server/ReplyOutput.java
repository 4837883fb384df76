package dev.fitt.adapters.socket.server;

import dev.fitt.adapters.socket.protocol.MessageEncoder;
import dev.fitt.adapters.socket.protocol.Reply;
import dev.fitt.adapters.socket.protocol.StreamedReplyWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.StandardOpenOption;
import java.util.Objects;

/**
 * How one reply reaches the socket: encoded into the buffered stream, written from the shared
 * snapshot a block at a time, or, for an image, straight from its file. Counts what is buffered
 * so that the {@link ConnectionWriter} decides when to flush. Used by one thread at a time.
 */
final class ReplyOutput {
    /** How much of an image file is sent with its header before the rest goes by sendfile. */
    private static final int FILE_START_BYTES = 16 * 1024;

    private final OutputStream output;
    /** The socket's channel when images may go straight from their file to it; null on TLS. */
    private final WritableByteChannel files;
    /** Marks the file transfers below; the stream's writes are marked by the stream itself. */
    private final BlockedWrite blocked;
    private long batched;

    ReplyOutput(OutputStream output, WritableByteChannel files, BlockedWrite blocked) {
        this.output = Objects.requireNonNull(output, "output");
        this.files = files;
        this.blocked = Objects.requireNonNull(blocked, "blocked");
    }

    /** Bytes written since the last flush. */
    long batched() {
        return batched;
    }

    void write(Reply reply) throws IOException {
        if (reply instanceof Reply.ImageFile file && files != null && sendFile(file)) {
            return;
        }
        if (reply instanceof Reply.Streamed streamed) {
            batched += StreamedReplyWriter.write(streamed, output);
            return;
        }
        for (ByteBuffer part : MessageEncoder.encode(reply)) {
            output.write(part.array(), part.arrayOffset() + part.position(), part.remaining());
            batched += part.remaining();
        }
    }

    /**
     * Sends an image from its file: the header through the buffered stream, then the file by
     * {@code transferTo} (sendfile: no copy through the JVM, so more images per second on the same
     * cores, docs/BENCHMARKS.md). False, with nothing written, when the file cannot be opened: the caller then sends
     * the reply made from bytes, whose error says why. A file that shrinks while it is sent cannot
     * be answered honestly any more (its size is already on the wire): that ends the connection.
     */
    private boolean sendFile(Reply.ImageFile image) throws IOException {
        FileChannel file;
        try {
            file = FileChannel.open(image.path(), StandardOpenOption.READ);
        } catch (IOException | RuntimeException e) {
            return false;
        }
        try (file) {
            long size = file.size();
            if (size > Integer.MAX_VALUE - 16) {
                return false;
            }
            ByteBuffer header = MessageEncoder.imageHeader(image.index(), (int) size);
            output.write(header.array(), header.arrayOffset() + header.position(), header.remaining());
            // The start of the file goes out with the header: a header alone would be a tiny
            // segment of its own (no Nagle), waking the client for 11 bytes.
            ByteBuffer start = ByteBuffer.allocate((int) Math.min(size, FILE_START_BYTES));
            while (start.hasRemaining() && file.read(start, start.position()) > 0) {
                // read until full or the file ends early (then the loop below notices)
            }
            output.write(start.array(), 0, start.position());
            batched += header.remaining() + start.position();
            flush();
            long sent = start.position();
            int stalls = 0;
            while (sent < size) {
                long now;
                blocked.starting();
                try {
                    now = file.transferTo(sent, size - sent, files);
                } finally {
                    blocked.done();
                }
                if (now <= 0 && ++stalls > 3) {
                    throw new IOException("image " + image.path() + " ended after " + sent + " of " + size
                            + " bytes while it was sent");
                }
                sent += Math.max(0, now);
            }
            return true;
        }
    }

    void flush() throws IOException {
        if (batched > 0) {
            output.flush();
            batched = 0;
        }
    }
}
