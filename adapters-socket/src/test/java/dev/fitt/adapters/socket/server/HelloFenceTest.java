package dev.fitt.adapters.socket.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fitt.adapters.socket.SocketAdapter;
import dev.fitt.adapters.socket.protocol.CodecLimits;
import dev.fitt.adapters.socket.protocol.MessageEncoder;
import dev.fitt.adapters.socket.protocol.Reply;
import dev.fitt.adapters.socket.protocol.Request;
import dev.fitt.adapters.socket.protocol.RequestDecoder;
import dev.fitt.adapters.socket.protocol.Wire;
import dev.fitt.client.port.out.ServerCapabilities;
import dev.fitt.client.port.out.TaggingServerPort;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The client tells a server that speaks the extension from a v1-only one by which reply comes
 * first, the hello's or the tag list's right behind it, never by how long the hello reply takes.
 */
@Timeout(30)
class HelloFenceTest {
    @Test
    void aServerThatAnswersTheHelloLateStillGivesTheClientItsExtensions() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread serving = serve(listener, 1_000);
            try (TaggingServerPort client = SocketAdapter.connect("127.0.0.1", listener.getLocalPort(),
                    Duration.ofSeconds(10))) {
                assertThat(client.capabilities()).isNotEqualTo(ServerCapabilities.V1_ONLY);
                assertThat(client.capabilities().liveChanges()).isTrue();
            }
            serving.join(5_000);
        }
    }

    @Test
    void aServerThatAnswersNeitherWithinTheTimeoutFailsTheConnection() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread serving = serve(listener, 3_000);

            try (TaggingServerPort client = SocketAdapter.connect("127.0.0.1", listener.getLocalPort(),
                    Duration.ofMillis(500))) {
                assertThatThrownBy(client::capabilities).hasMessageContaining(
                        "answered neither the extension hello nor a tag list request within 500 ms");
            }
            serving.join(5_000);
        }
    }

    /**
     * A server that knows the hello but is slow: reads the hello and the tag list request, waits
     * {@code delayMillis}, answers both in order. (The v1-only side: {@code OriginalServerQuirksTest}.)
     */
    private static Thread serve(ServerSocket listener, long delayMillis) {
        Thread thread = new Thread(() -> {
            try (Socket socket = listener.accept()) {
                InputStream in = socket.getInputStream();
                OutputStream out = socket.getOutputStream();
                RequestDecoder decoder = new RequestDecoder(CodecLimits.defaults());
                ByteBuffer buffer = ByteBuffer.allocate(4096);
                List<Request> requests = new ArrayList<>();
                while (requests.size() < 2) {
                    int read = in.read(buffer.array(), buffer.position(), buffer.remaining());
                    if (read < 0) {
                        return;
                    }
                    buffer.position(buffer.position() + read).flip();
                    for (Request request = decoder.decode(buffer); request != null; request = decoder.decode(buffer)) {
                        requests.add(request);
                    }
                    buffer.compact();
                }
                Thread.sleep(delayMillis);
                write(out, new Reply.HelloReply(Wire.OK, Wire.EXTENSION_VERSION, Wire.ALL_CAPABILITIES, ""));
                write(out, new Reply.TagList(List.of("Sunny")));
                out.flush();
                // Hold the connection until the client closes it.
                while (in.read() >= 0) {
                    // drain
                }
            } catch (java.io.IOException e) {
                // The client gave up first (the timeout case): nothing to answer any more.
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, "slow-hello-server");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static void write(OutputStream out, Reply reply) {
        try {
            for (ByteBuffer part : MessageEncoder.encode(reply)) {
                out.write(part.array(), part.arrayOffset() + part.position(), part.remaining());
            }
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
