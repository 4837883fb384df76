package dev.fitt.adapters.socket.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fitt.adapters.socket.RawClient;
import dev.fitt.adapters.socket.RunningServer;
import dev.fitt.adapters.socket.SocketServerConfig;
import dev.fitt.adapters.socket.TestDataset;
import dev.fitt.adapters.socket.protocol.MessageEncoder;
import dev.fitt.adapters.socket.protocol.Reply;
import dev.fitt.adapters.socket.protocol.Request;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Connection slots cannot be held by clients that say nothing, nor all taken by one host: on
 * defaults a good client is served beside hundreds of idle sockets. Other hosts are other
 * loopback addresses (127.0.0.2 is loopback on Linux too).
 */
@Timeout(120)
class ConnectionSlotsTest {
    private static final int HOSTILE_THREADS = 16;
    private static final int IDLE_CONNECTIONS = 215;

    private final TestDataset dataset = new TestDataset();
    private final List<Socket> idle = Collections.synchronizedList(new ArrayList<>());
    private RunningServer server;

    @AfterEach
    void stop() throws IOException {
        synchronized (idle) {
            for (Socket socket : idle) {
                socket.close();
            }
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void sixteenThreadsHoldingAbout215IdleConnectionsLeaveAGoodClientServedWithinTwoSeconds() throws Exception {
        server = dataset.start(SocketServerConfig.of("127.0.0.1", 0));
        ExecutorService pool = Executors.newFixedThreadPool(HOSTILE_THREADS);
        try {
            List<Future<?>> opened = new ArrayList<>();
            for (int t = 0; t < HOSTILE_THREADS; t++) {
                int count = IDLE_CONNECTIONS / HOSTILE_THREADS + (t < IDLE_CONNECTIONS % HOSTILE_THREADS ? 1 : 0);
                opened.add(pool.submit(() -> {
                    for (int i = 0; i < count; i++) {
                        idle.add(open(null));
                    }
                    return null;
                }));
            }
            for (Future<?> future : opened) {
                future.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        awaitConnections(IDLE_CONNECTIONS);

        long start = System.nanoTime();
        try (RawClient good = new RawClient(server.address())) {
            assertThat(good.send(new Request.TagList()).read()).isInstanceOf(Reply.TagList.class);
        }
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).as("ms until the good client was served")
                .isLessThan(2_000);
    }

    @Test
    void aConnectionThatSendsNothingIsClosedOnceTheMessageTimeoutPasses() throws Exception {
        server = dataset.start(SocketServerConfig.of("127.0.0.1", 0).withMessageTimeout(Duration.ofMillis(300)));
        try (Socket silent = open(null)) {
            assertThat(closedByServer(silent)).isTrue();
        }
        awaitConnections(0);
        assertThat(server.connectionCount()).isZero();
    }

    @Test
    void aConnectionThatHasNotSpokenYetHoldsOneThreadNotTwo() throws Exception {
        server = dataset.start(SocketServerConfig.of("127.0.0.1", 0));
        try (Socket silent = open(null)) {
            awaitConnections(1);
            Thread.sleep(100);
            assertThat(clientThreads()).as("threads of a silent connection").hasSize(1);

            silent.getOutputStream().write(MessageEncoder.toBytes(new Request.TagList()));
            assertThat(silent.getInputStream().read()).isEqualTo(0xFF);
            assertThat(clientThreads()).as("threads of a connection that spoke").hasSize(2);
        }
    }

    @Test
    void aConnectionSendingOnlyBytesThatStartNoMessageIsClosedOnceTheMessageTimeoutPasses() throws Exception {
        server = dataset.start(SocketServerConfig.of("127.0.0.1", 0).withMessageTimeout(Duration.ofMillis(300)));
        try (Socket talker = open(null)) {
            // An HTTP probe: no 0xFF, so nothing is ever pending, and yet no message ever arrives.
            boolean closed = false;
            for (int i = 0; i < 100 && !closed; i++) {
                try {
                    talker.getOutputStream().write("GET / HTTP/1.1\r\n".getBytes(StandardCharsets.US_ASCII));
                    Thread.sleep(50);
                } catch (IOException e) {
                    closed = true;
                }
            }
            assertThat(closed || closedByServer(talker)).isTrue();
        }
    }

    @Test
    void aClientThatSaidSomethingMayStayIdleLongerThanTheMessageTimeout() throws Exception {
        server = dataset.start(SocketServerConfig.of("127.0.0.1", 0).withMessageTimeout(Duration.ofMillis(200)));
        try (RawClient client = new RawClient(server.address())) {
            assertThat(client.send(new Request.TagList()).read()).isInstanceOf(Reply.TagList.class);
            Thread.sleep(700);

            assertThat(client.send(new Request.TagList()).read()).isInstanceOf(Reply.TagList.class);
        }
    }

    @Test
    void oneHostTakesNoMoreThanItsShareAndOtherHostsAreStillServed() throws Exception {
        server = dataset.start(SocketServerConfig.of("127.0.0.1", 0).withMaxConnections(8)
                .withMaxConnectionsPerHost(3));
        InetAddress other = InetAddress.getByName("127.0.0.2");
        List<RawClient> share = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                RawClient client = new RawClient(server.address(), other);
                share.add(client);
                assertThat(client.send(new Request.TagList()).read()).isInstanceOf(Reply.TagList.class);
            }
            try (RawClient oneTooMany = new RawClient(server.address(), other)) {
                assertThat(oneTooMany.trySend(MessageEncoder.toBytes(new Request.TagList()))
                        && !oneTooMany.isClosedByServer()).as("a fourth connection of 127.0.0.2 is served").isFalse();
            }
            try (RawClient local = new RawClient(server.address())) {
                assertThat(local.send(new Request.TagList()).read()).isInstanceOf(Reply.TagList.class);
            }
            share.remove(0).close();
            awaitConnections(2);
            try (RawClient again = new RawClient(server.address(), other)) {
                assertThat(again.send(new Request.TagList()).read()).as("a freed slot of the host is taken again")
                        .isInstanceOf(Reply.TagList.class);
            }
        } finally {
            for (RawClient client : share) {
                client.close();
            }
        }
    }

    private static List<String> clientThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(name -> name.startsWith("fitt-client-")).toList();
    }

    /** True when the server closes {@code socket} within 10 s (end of stream or reset). */
    private static boolean closedByServer(Socket socket) throws IOException {
        socket.setSoTimeout(10_000);
        InputStream in = socket.getInputStream();
        try {
            return in.read() < 0;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    private Socket open(InetAddress local) throws IOException {
        Socket socket = new Socket();
        if (local != null) {
            socket.bind(new java.net.InetSocketAddress(local, 0));
        }
        socket.connect(server.address(), 10_000);
        return socket;
    }

    /** Waits (at most 10 s) until the server serves {@code count} connections. */
    private void awaitConnections(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (server.connectionCount() != count && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
    }
}
