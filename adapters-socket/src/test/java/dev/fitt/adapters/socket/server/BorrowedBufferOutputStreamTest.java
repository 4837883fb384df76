package dev.fitt.adapters.socket.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Bytes leave in order, as through a BufferedOutputStream; the buffer is held only between flushes. */
class BorrowedBufferOutputStreamTest {
    @Test
    void writesOfEverySizeArriveInOrderAndTheBufferGoesBackAtEachFlush() throws Exception {
        ReplyBuffers buffers = new ReplyBuffers(64, 2);
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        BorrowedBufferOutputStream out = new BorrowedBufferOutputStream(sink, buffers);
        Random random = new Random(3);
        for (int i = 0; i < 2_000; i++) {
            if (random.nextInt(5) == 0) {
                int b = random.nextInt(256);
                out.write(b);
                expected.write(b);
            } else {
                byte[] bytes = new byte[random.nextInt(150)];
                random.nextBytes(bytes);
                int offset = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
                out.write(bytes, offset, bytes.length - offset);
                expected.write(bytes, offset, bytes.length - offset);
            }
            if (random.nextInt(10) == 0) {
                out.flush();
                assertThat(out.holdsBuffer()).isFalse();
                assertThat(sink.toByteArray()).isEqualTo(expected.toByteArray());
            }
        }
        out.flush();
        assertThat(sink.toByteArray()).isEqualTo(expected.toByteArray());
        assertThat(out.holdsBuffer()).isFalse();
        assertThat(buffers.spareCount()).isBetween(1, 2);
    }
}
