package dev.fitt.adapters.socket.server;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The socket's stream, written in pieces of at most {@link #PIECE} bytes, each marked in a
 * {@link BlockedWrite}: a large labels reply to a client that reads slowly but steadily is never
 * taken for one that stopped reading, because every piece it takes counts as progress.
 */
final class WatchedOutputStream extends FilterOutputStream {
    static final int PIECE = 64 * 1024;

    private final BlockedWrite blocked;

    WatchedOutputStream(OutputStream socket, BlockedWrite blocked) {
        super(socket);
        this.blocked = blocked;
    }

    @Override
    public void write(int b) throws IOException {
        blocked.starting();
        try {
            out.write(b);
        } finally {
            blocked.done();
        }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        int done = 0;
        while (done < length) {
            int piece = Math.min(PIECE, length - done);
            blocked.starting();
            try {
                out.write(bytes, offset + done, piece);
            } finally {
                blocked.done();
            }
            done += piece;
        }
    }
}
