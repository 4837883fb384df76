package dev.fitt.adapters.socket.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fitt.adapters.socket.RawClient;
import dev.fitt.adapters.socket.RunningServer;
import dev.fitt.adapters.socket.SocketServerConfig;
import dev.fitt.adapters.socket.TestDataset;
import dev.fitt.adapters.socket.protocol.MessageEncoder;
import dev.fitt.adapters.socket.protocol.Reply;
import dev.fitt.adapters.socket.protocol.Request;
import dev.fitt.adapters.socket.protocol.VersionedRequest;
import dev.fitt.adapters.socket.protocol.Wire;
import dev.fitt.ports.ImageContent;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Each limit and the access token close only the offending connection; another goes on working. */
@Timeout(60)
class ServerLimitsTest {
    private static final String TOKEN = "s3cret-token";

    private final TestDataset dataset = new TestDataset();
    /**
     * The same rows with 1 MB images: replies that fill the socket buffers in a few copies, at any
     * CPU speed, where tiny replies leave the writer busy making them for longer than a test waits.
     */
    private final byte[] largeImage = new byte[1 << 20];
    private final TestDataset largeImages = new TestDataset(path -> new ImageContent(largeImage));
    private RunningServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void requestDeclaringMoreThanMaxMessageBytesClosesThatConnection() throws Exception {
        server = dataset.start(config().withMaxMessageBytes(1024));
        try (RawClient steady = client(); RawClient hostile = client()) {
            hostile.send(ByteBuffer.allocate(6).put((byte) 0xFF).put(Wire.HELLO).putInt(2000).array());

            assertThat(hostile.isClosedByServer()).isTrue();
            assertSteadyWorks(steady);
        }
    }

    @Test
    void v1ChangeLargerThanMaxMessageBytesClosesThatConnection() throws Exception {
        server = dataset.start(config().withMaxMessageBytes(100));
        try (RawClient steady = client(); RawClient hostile = client()) {
            hostile.send(ByteBuffer.allocate(14).put((byte) 0xFF).put(Wire.CHANGE).putInt(0).putInt(0).putInt(90)
                    .array());

            assertThat(hostile.isClosedByServer()).isTrue();
            assertSteadyWorks(steady);
        }
    }

    @Test
    void tooManyUnansweredRequestsCloseThatConnection() throws Exception {
        server = dataset.start(config().withMaxRequestsInFlight(8));
        try (RawClient steady = client(); RawClient hostile = client()) {
            // Image replies are 4 KB: a client that never reads soon blocks the server's writer,
            // and the requests it goes on pipelining pile up unanswered.
            byte[] images = repeat(MessageEncoder.toBytes(new Request.Image(1)), 1000);
            for (int batch = 0; batch < 200 && hostile.trySend(images); batch++) {
                Thread.sleep(5);
            }

            assertThat(hostile.drainUntilClosedByServer(1L << 30)).isTrue();
            assertSteadyWorks(steady);
        }
    }

    @Test
    void pipeliningWithinTheLimitIsAnsweredInFull() throws Exception {
        server = dataset.start(config().withMaxRequestsInFlight(64));
        try (RawClient client = client()) {
            client.send(repeat(MessageEncoder.toBytes(new Request.TagList()), 64));

            for (int i = 0; i < 64; i++) {
                assertThat(client.read()).isInstanceOf(Reply.TagList.class);
            }
        }
    }

    @Test
    void halfSentMessageNotFinishedInTimeClosesThatConnection() throws Exception {
        server = dataset.start(config().withMessageTimeout(Duration.ofMillis(300)));
        try (RawClient steady = spokenClient(); RawClient slow = client()) {
            slow.send(new byte[] {(byte) 0xFF, Wire.CHANGE, 0, 0, 0});

            assertThat(slow.isClosedByServer()).isTrue();
            assertSteadyWorks(steady);
        }
    }

    @Test
    void messageTrickledByteByByteIsDroppedOnceItTakesTooLong() throws Exception {
        server = dataset.start(config().withMessageTimeout(Duration.ofMillis(300)));
        try (RawClient steady = spokenClient(); RawClient slowloris = client()) {
            slowloris.send(ByteBuffer.allocate(6).put((byte) 0xFF).put(Wire.HELLO).putInt(500).array());
            boolean closed = false;
            for (int i = 0; i < 500 && !closed; i++) {
                closed = !slowloris.trySend(new byte[] {0x41});
                Thread.sleep(20);
            }

            assertThat(slowloris.isClosedByServer()).isTrue();
            assertSteadyWorks(steady);
        }
    }

    @Test
    void aClientThatStopsReadingIsClosedOnceAWriteStaysBlockedLongerThanTheMessageTimeout() throws Exception {
        server = largeImages.start(config().withMessageTimeout(Duration.ofMillis(300))
                .withMaxRequestsInFlight(1_000_000));
        // It speaks first (so the first-message deadline cannot be what closes it), then never reads again.
        try (RawClient steady = spokenClient(); RawClient deaf = spokenClient()) {
            // It keeps asking until it is dropped: the server always has more to send than the
            // socket buffers hold, however large the kernel lets them grow and however slowly a
            // loaded machine makes the replies.
            byte[] images = repeat(MessageEncoder.toBytes(new Request.Image(1)), 8);
            boolean open = true;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (server.connectionCount() != 1 && System.nanoTime() < deadline) {
                open = open && deaf.trySend(images);
                Thread.sleep(20);
            }

            assertThat(server.connectionCount()).isEqualTo(1);
            assertSteadyWorks(steady);
        }
    }

    @Test
    void idleConnectionWithNothingHalfSentStaysOpen() throws Exception {
        server = dataset.start(config().withMessageTimeout(Duration.ofMillis(100)));
        try (RawClient idle = client()) {
            idle.send(new Request.Save()).read();
            Thread.sleep(400);

            assertThat(idle.send(new Request.TagList()).read()).isInstanceOf(Reply.TagList.class);
        }
    }

    @Test
    void subscriberFallingTooFarBehindIsDisconnected() throws Exception {
        server = largeImages.start(config().withMaxPushBacklog(10));
        try (RawClient laggard = client(); RawClient editor = client()) {
            laggard.hello("");
            laggard.send(new VersionedRequest.Subscribe(1)).read();
            // It stops reading: image replies fill the socket and its writer blocks; pushes pile up.
            // A gigabyte of them: more than any socket buffer holds, however large the kernel lets it grow.
            laggard.send(repeat(MessageEncoder.toBytes(new Request.Image(1)), 1000));
            byte[] changes = repeat(MessageEncoder.toBytes(new Request.Change(3, 3, List.of(true, false, true))), 100);
            // Until it is dropped, bounded by time rather than a count: on a loaded machine the
            // laggard's connection may take a while to start on its image requests and fill the socket,
            // and until then its pushes are written as they come.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            for (int batch = 0; batch < 3000 && server.connectionCount() == 2 && System.nanoTime() < deadline;
                    batch++) {
                editor.send(changes);
                for (int i = 0; i < 100; i++) {
                    editor.read();
                }
            }

            assertThat(laggard.drainUntilClosedByServer(1L << 30)).isTrue();
            assertSteadyWorks(editor);
        }
    }

    @Test
    void withATokenTheRightHelloIsGranted() throws Exception {
        server = dataset.start(config().withAccessToken(TOKEN));
        try (RawClient client = client()) {
            assertThat(client.hello(TOKEN)).isEqualTo(Reply.HelloReply.granted(1, RawClient.WITHOUT_TEAM));
            assertSteadyWorks(client);
        }
    }

    @Test
    void withATokenAWrongHelloIsRefusedAndClosed() throws Exception {
        server = dataset.start(config().withAccessToken(TOKEN));
        try (RawClient steady = client(); RawClient intruder = client()) {
            steady.hello(TOKEN);

            assertThat(intruder.send(new Request.Hello(1, 7, "guess"), new Request.TagList()).read())
                    .isEqualTo(Reply.HelloReply.refused("wrong access token"));
            assertThat(intruder.isClosedByServer()).isTrue();
            assertSteadyWorks(steady);
        }
    }

    @Test
    void withATokenAHelloWithoutOneIsRefused() throws Exception {
        server = dataset.start(config().withAccessToken(TOKEN));
        try (RawClient intruder = client()) {
            assertThat(intruder.hello("")).isEqualTo(Reply.HelloReply.refused("this server needs an access token"));
            assertThat(intruder.isClosedByServer()).isTrue();
        }
    }

    @Test
    void withATokenAV1ClientIsClosedWithoutAnAnswer() throws Exception {
        server = dataset.start(config().withAccessToken(TOKEN));
        try (RawClient steady = client(); RawClient v1 = client()) {
            steady.hello(TOKEN);
            v1.send(new Request.Change(0, 0, List.of(true, true, true)));

            assertThat(v1.isClosedByServer()).isTrue();
            assertThat(dataset.service.queries().labels().isLabelled(0)).isFalse();
            assertSteadyWorks(steady);
        }
    }

    /** Waits (at most 20 s) until the server serves {@code count} connections. */
    private void awaitConnections(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (server.connectionCount() != count && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
    }

    private void assertSteadyWorks(RawClient steady) throws Exception {
        assertThat(steady.send(new Request.TagList()).read()).isInstanceOf(Reply.TagList.class);
        assertThat(steady.send(new Request.Change(17, 17, List.of(false, false, true))).read())
                .isEqualTo(new Reply.Done(Wire.CHANGE));
    }

    private static SocketServerConfig config() {
        return SocketServerConfig.of("127.0.0.1", 0);
    }

    private static byte[] repeat(byte[] message, int times) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < times; i++) {
            out.writeBytes(message);
        }
        return out.toByteArray();
    }

    private RawClient client() throws java.io.IOException {
        return new RawClient(server.address());
    }

    /** A client that has said something already: it may then stay quiet longer than the message timeout. */
    private RawClient spokenClient() throws Exception {
        RawClient client = client();
        assertThat(client.send(new Request.TagList()).read()).isInstanceOf(Reply.TagList.class);
        return client;
    }
}
