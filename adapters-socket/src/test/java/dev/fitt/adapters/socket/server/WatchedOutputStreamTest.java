package dev.fitt.adapters.socket.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every piece written to the socket is marked as a write under way, and only while it is. */
class WatchedOutputStreamTest {
    @Test
    void aLargeWriteGoesOutInPiecesEachMarkedWhileItIsUnderWay() throws Exception {
        BlockedWrite blocked = new BlockedWrite();
        List<Integer> pieces = new ArrayList<>();
        List<Boolean> markedDuring = new ArrayList<>();
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        OutputStream socket = new OutputStream() {
            @Override
            public void write(int b) {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                pieces.add(length);
                markedDuring.add(blocked.blockedNanos(System.nanoTime() + 1) > 0);
                received.write(bytes, offset, length);
            }
        };
        byte[] reply = new byte[WatchedOutputStream.PIECE * 2 + 10];
        for (int i = 0; i < reply.length; i++) {
            reply[i] = (byte) i;
        }

        try (WatchedOutputStream watched = new WatchedOutputStream(socket, blocked)) {
            watched.write(reply, 0, reply.length);
            watched.write(7);
        }

        assertThat(pieces).containsExactly(WatchedOutputStream.PIECE, WatchedOutputStream.PIECE, 10, 1);
        assertThat(markedDuring).containsOnly(true);
        assertThat(blocked.blockedNanos(System.nanoTime())).isZero();
        byte[] expected = java.util.Arrays.copyOf(reply, reply.length + 1);
        expected[reply.length] = 7;
        assertThat(received.toByteArray()).isEqualTo(expected);
    }
}
