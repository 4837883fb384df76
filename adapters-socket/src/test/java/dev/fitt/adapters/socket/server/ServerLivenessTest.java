package dev.fitt.adapters.socket.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fitt.adapters.socket.RunningServer;
import dev.fitt.adapters.socket.SocketAdapter;
import dev.fitt.adapters.socket.SocketServerConfig;
import dev.fitt.adapters.socket.TestDataset;
import dev.fitt.adapters.socket.protocol.MessageEncoder;
import dev.fitt.adapters.socket.protocol.Reply;
import dev.fitt.ports.ServerUnreachableException;
import dev.fitt.client.port.out.TaggingServerPort;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * How the client port notices a server that went away while nobody called it: the connection
 * closing is reported at once, and a ping (v1's tag list request) that gets no answer in time ends
 * the connection, so the next call connects afresh.
 */
@Timeout(60)
class ServerLivenessTest {
    private final TestDataset dataset = new TestDataset();

    @Test
    void aConnectionTheServerClosesIsReportedWithoutAnyCallAndThePingReconnects() throws Exception {
        RunningServer server = dataset.start();
        int port = server.address().getPort();
        CountDownLatch lost = new CountDownLatch(1);
        try (TaggingServerPort client = SocketAdapter.connect("127.0.0.1", port, Duration.ofSeconds(5))) {
            client.whenConnectionLost(lost::countDown);
            client.ping();

            server.close();
            assertThat(lost.await(10, TimeUnit.SECONDS)).as("the lost connection was reported").isTrue();
            assertThatThrownBy(client::ping).isInstanceOf(ServerUnreachableException.class);

            server = SocketAdapter.startServer(SocketServerConfig.of("127.0.0.1", port), dataset.useCases());
            client.ping();
            assertThat(client.fetchVersionedLabels().labels().rowCount()).isEqualTo(dataset.service.dataset().size());
        } finally {
            server.close();
        }
    }

    @Test
    void closingTheClientIsNotALostConnection() throws Exception {
        RunningServer server = dataset.start();
        AtomicInteger lost = new AtomicInteger();
        try {
            TaggingServerPort client = SocketAdapter.connect("127.0.0.1", server.address().getPort(),
                    Duration.ofSeconds(5));
            client.whenConnectionLost(lost::incrementAndGet);
            client.ping();

            client.close();
            Thread.sleep(200);

            assertThat(lost).hasValue(0);
        } finally {
            server.close();
        }
    }

    @Test
    void aV1ServerThatStopsAnsweringFailsThePingWithinTheTimeoutAndTheConnectionIsLost() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread serving = answerTwoTagListsOnly(listener);
            CountDownLatch lost = new CountDownLatch(1);
            try (TaggingServerPort client = SocketAdapter.connect("127.0.0.1", listener.getLocalPort(),
                    Duration.ofMillis(500))) {
                client.whenConnectionLost(lost::countDown);
                client.ping();                       // connects: the hello is skipped, the fence answered

                assertThatThrownBy(client::ping).isInstanceOf(ServerUnreachableException.class)
                        .hasMessageContaining("sent no reply to the heartbeat (tag list) request within 500 ms");
                assertThat(lost.await(5, TimeUnit.SECONDS)).isTrue();
            }
            serving.interrupt();
            serving.join(5_000);
        }
    }

    /**
     * The original server as far as this test needs it, then hung: skips the hello as v1 does,
     * answers two tag list requests (the hello's fence and one ping), then reads everything and
     * answers nothing.
     */
    private static Thread answerTwoTagListsOnly(ServerSocket listener) {
        Thread thread = new Thread(() -> {
            try (Socket socket = listener.accept()) {
                InputStream in = socket.getInputStream();
                OutputStream out = socket.getOutputStream();
                byte[] buffer = new byte[4096];
                int seen = 0;
                int read;
                while ((read = in.read(buffer)) > 0) {
                    for (int i = 0; i < read; i++) {
                        // The hello is FF 10 ..., then come tag lists (FF 02), whose bodies hold no FF.
                        if (buffer[i] == (byte) 0xFF && ++seen <= 3 && seen >= 2) {
                            out.write(MessageEncoder.toBytes(new Reply.TagList(List.of("1", "2", "3"))));
                            out.flush();
                        }
                    }
                }
            } catch (Exception e) {
                // the client went away: done
            }
        }, "hung-v1-server");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}
