package dev.fitt.adapters.socket.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fitt.adapters.socket.RawClient;
import dev.fitt.adapters.socket.RunningServer;
import dev.fitt.adapters.socket.SocketServerConfig;
import dev.fitt.adapters.socket.TestDataset;
import dev.fitt.adapters.socket.protocol.Reply;
import dev.fitt.adapters.socket.protocol.Request;
import dev.fitt.adapters.socket.protocol.Wire;
import java.net.InetAddress;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Guessing the access token gets slower with every wrong guess from a host, while each guess is
 * still refused exactly as before and other hosts are served at once. The guesser is 127.0.0.2.
 */
@Timeout(120)
class TokenGuessingTest {
    private static final String TOKEN = "s3cret-token";
    private static final int GUESSES = 8;

    private final TestDataset dataset = new TestDataset();
    private RunningServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void wrongTokensFromOneHostAreRefusedEverMoreSlowlyWhileAnotherHostIsServedAtOnce() throws Exception {
        server = dataset.start(SocketServerConfig.of("127.0.0.1", 0).withAccessToken(TOKEN));
        InetAddress guesser = InetAddress.getByName("127.0.0.2");

        long start = System.nanoTime();
        for (int i = 0; i < GUESSES; i++) {
            try (RawClient guess = new RawClient(server.address(), guesser)) {
                assertThat(guess.send(new Request.Hello(1, 7, "guess-" + i), new Request.TagList()).read())
                        .isEqualTo(Reply.HelloReply.refused("wrong access token"));
                assertThat(guess.isClosedByServer()).isTrue();
            }
        }
        long guessing = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        long other = System.nanoTime();
        try (RawClient good = new RawClient(server.address())) {
            assertThat(good.hello(TOKEN)).isEqualTo(Reply.HelloReply.granted(1, RawClient.WITHOUT_TEAM));
            assertThat(good.send(new Request.TagList()).read()).isInstanceOf(Reply.TagList.class);
        }
        long served = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - other);

        assertThat(guessing).as("ms for %d wrong guesses from one host", GUESSES).isGreaterThanOrEqualTo(1_500);
        assertThat(served).as("ms until a client of another host was granted").isLessThan(1_000);
    }

    @Test
    void theRightTokenFromAHostThatGuessedWrongIsStillGranted() throws Exception {
        server = dataset.start(SocketServerConfig.of("127.0.0.1", 0).withAccessToken(TOKEN));
        InetAddress host = InetAddress.getByName("127.0.0.2");
        for (int i = 0; i < 3; i++) {
            try (RawClient guess = new RawClient(server.address(), host)) {
                assertThat(guess.hello("typo-" + i)).isEqualTo(Reply.HelloReply.refused("wrong access token"));
            }
        }
        try (RawClient fixed = new RawClient(server.address(), host)) {
            assertThat(fixed.hello(TOKEN)).isEqualTo(Reply.HelloReply.granted(1, RawClient.WITHOUT_TEAM));
        }
    }
}
