package dev.fitt.adapters.socket.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fitt.adapters.socket.ClientConfig;
import dev.fitt.adapters.socket.RunningServer;
import dev.fitt.adapters.socket.SocketAdapter;
import dev.fitt.adapters.socket.SocketServerConfig;
import dev.fitt.adapters.socket.TestDataset;
import dev.fitt.adapters.socket.protocol.MessageEncoder;
import dev.fitt.adapters.socket.protocol.Request;
import dev.fitt.adapters.socket.protocol.Wire;
import dev.fitt.domain.AppliedChange;
import dev.fitt.domain.LabelStats;
import dev.fitt.domain.TagChange;
import dev.fitt.domain.TagValue;
import dev.fitt.domain.VersionedLabels;
import dev.fitt.ports.ChangeConflictException;
import dev.fitt.ports.ServerUnreachableException;
import dev.fitt.client.port.out.ServerCapabilities;
import dev.fitt.client.port.out.TaggingServerPort;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The client adapter's extension abilities against our server. */
@Timeout(60)
class ExtensionClientTest {
    private static final List<TagValue> TRUE_FALSE_TRUE = List.of(TagValue.TRUE, TagValue.FALSE, TagValue.TRUE);

    private final TestDataset dataset = new TestDataset();
    private RunningServer server;
    private TaggingServerPort alice;
    private TaggingServerPort bob;

    @BeforeEach
    void start() throws Exception {
        server = dataset.start();
        alice = connect(server);
        bob = connect(server);
    }

    @AfterEach
    void stop() {
        alice.close();
        bob.close();
        server.close();
    }

    @Test
    void ourServerGrantsEveryCapability() throws Exception {
        assertThat(alice.capabilities()).isEqualTo(ServerCapabilities.ALL);
    }

    @Test
    void versionedLabelsShowTheCellsAndRowVersionsOfTheCore() throws Exception {
        alice.tag(new TagChange(3, 4, TRUE_FALSE_TRUE));

        VersionedLabels labels = bob.fetchVersionedLabels();

        assertThat(labels.labels()).isEqualTo(dataset.service.queries().labels());
        assertThat(labels.version()).isEqualTo(1);
        assertThat(labels.rowVersions()).isEqualTo(dataset.service.queries().versionedLabels().rowVersions());
    }

    @Test
    void currentEditIsAppliedAndReturnsItsVersion() throws Exception {
        assertThat(alice.tagIfCurrent(TagChange.ofRow(2, TRUE_FALSE_TRUE), 0)).isEqualTo(1);
        assertThat(alice.tagIfCurrent(TagChange.ofRow(2, TRUE_FALSE_TRUE), 1)).isEqualTo(2);
    }

    @Test
    void staleEditIsAConflictNamingTheRows() throws Exception {
        bob.tagIfCurrent(TagChange.ofRow(6, TRUE_FALSE_TRUE), 0);

        assertThatThrownBy(() -> alice.tagIfCurrent(new TagChange(5, 7, TRUE_FALSE_TRUE), 0))
                .isInstanceOf(ChangeConflictException.class)
                .hasMessage("rows 5..7 were changed by someone else (version 1, your edit was based on 0)")
                .satisfies(e -> assertThat(((ChangeConflictException) e).currentVersion()).isEqualTo(1));
        assertThat(dataset.service.queries().labels().isLabelled(5)).isFalse();
    }

    @Test
    void watcherReceivesOthersChangesButNotItsOwn() throws Exception {
        BlockingQueue<AppliedChange> seen = new LinkedBlockingQueue<>();
        try (AutoCloseable watching = alice.watchChanges(seen::add)) {
            alice.tag(TagChange.ofRow(0, TRUE_FALSE_TRUE));
            bob.tag(TagChange.ofRow(1, TRUE_FALSE_TRUE));

            AppliedChange pushed = seen.poll(10, TimeUnit.SECONDS);

            assertThat(pushed).isEqualTo(new AppliedChange(2, TagChange.ofRow(1, TRUE_FALSE_TRUE),
                    TcpTaggingServerGateway.OTHERS, "ext@127.0.0.1"));
            alice.fetchStats();
            assertThat(seen).isEmpty();
        }
    }

    @Test
    void subscriptionSurvivesAServerRestart() throws Exception {
        BlockingQueue<AppliedChange> seen = new LinkedBlockingQueue<>();
        int port = server.address().getPort();
        alice.watchChanges(seen::add);

        server.close();
        server = dataset.start(SocketServerConfig.of("127.0.0.1", port));
        reachAgain(alice);
        bob.tagIfCurrent(TagChange.ofRow(9, TRUE_FALSE_TRUE), 0);

        assertThat(seen.poll(10, TimeUnit.SECONDS)).isEqualTo(new AppliedChange(1, TagChange.ofRow(9, TRUE_FALSE_TRUE),
                TcpTaggingServerGateway.OTHERS, "ext@127.0.0.1"));
    }

    @Test
    void cameraNamesArriveAsTheCoreNamesThem() throws Exception {
        assertThat(alice.fetchCameraNames()).isEqualTo(dataset.service.queries().cameraNames())
                .containsExactly(List.of("front", "left", "right"), List.of("front", "left", "right"), List.of("front"));
    }

    @Test
    void statsArriveAsTheCoreCountsThem() throws Exception {
        alice.tag(new TagChange(0, 2, TRUE_FALSE_TRUE));

        assertThat(bob.fetchStats()).isEqualTo(new LabelStats(19, 3, List.of(3, 0, 3), List.of(3, 0, 0)));
    }

    @Test
    void clientWithTheRightTokenIsServed() throws Exception {
        try (RunningServer guarded = dataset.start(SocketServerConfig.of("127.0.0.1", 0).withAccessToken("t0ken"));
             TaggingServerPort client = SocketAdapter.connect(ClientConfig.of("127.0.0.1",
                     guarded.address().getPort(), Duration.ofSeconds(10)).withAccessToken("t0ken"))) {
            assertThat(client.fetchDataset().size()).isEqualTo(19);
            assertThat(client.capabilities()).isEqualTo(ServerCapabilities.ALL);
        }
    }

    @Test
    void clientWithoutTheTokenIsToldWhy() throws Exception {
        try (RunningServer guarded = dataset.start(SocketServerConfig.of("127.0.0.1", 0).withAccessToken("t0ken"));
             TaggingServerPort client = connect(guarded)) {
            String peer = "127.0.0.1:" + guarded.address().getPort();
            assertThatThrownBy(client::fetchDataset).isInstanceOf(ServerUnreachableException.class)
                    .hasMessage("cannot reach the tagging server at " + peer + ": the tagging server at " + peer
                            + " refused this client: this server needs an access token");
        }
    }

    @Test
    void tokenThatCouldPutA0xFFByteIntoTheHelloIsRejectedUpFront() {
        assertThatThrownBy(() -> ClientConfig.of("h", 1, Duration.ofSeconds(1)).withAccessToken("x".repeat(255)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("server accessToken must be 1..200 bytes of UTF-8, got 255");
    }

    @Test
    void helloBytesHoldNo0xFFAfterTheMarker() {
        byte[] hello = MessageEncoder.toBytes(new Request.Hello(1, Wire.ALL_CAPABILITIES, "é".repeat(100)));

        assertThat(hello[0]).isEqualTo((byte) 0xFF);
        for (int i = 1; i < hello.length; i++) {
            assertThat(hello[i]).as("byte %d", i).isNotEqualTo((byte) 0xFF);
        }
    }

    /** The first call after a restart may still meet the old connection; the next one reconnects. */
    private static void reachAgain(TaggingServerPort client) throws InterruptedException {
        for (int attempt = 0; attempt < 50; attempt++) {
            try {
                client.fetchStats();
                return;
            } catch (ServerUnreachableException e) {
                Thread.sleep(20);
            }
        }
        throw new AssertionError("the client did not reconnect within 50 attempts");
    }

    private static TaggingServerPort connect(RunningServer server) {
        return SocketAdapter.connect("127.0.0.1", server.address().getPort(), Duration.ofSeconds(10));
    }
}
