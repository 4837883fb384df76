package dev.fitt.bootstrap.clientbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.fitt.adapters.swing.ClientBenchSession;
import java.awt.GraphicsEnvironment;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The over-the-socket wiring of the client benchmark works: a short run against a real server on
 * loopback completes both sessions with a figure per press. Checks no timing: it is a benchmark.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class ClientSocketBenchTest {
    private static final int PRESSES = 2;

    @TempDir
    Path dir;

    @Test
    void bothSessionsOverTheSocketGiveOneFigurePerPress() throws Exception {
        assumeFalse(GraphicsEnvironment.isHeadless(), "no display: the client bench test is skipped");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        List<ClientBenchSession> sessions = ClientSocketBench.run(dir, PRESSES,
                new PrintStream(printed, true, StandardCharsets.UTF_8));

        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("mode: socket", "127.0.0.1:");
        assertThat(sessions).extracting(ClientBenchSession::name).containsExactly("prefetched", "cold");
        for (ClientBenchSession session : sessions) {
            assertThat(session.pressToPaintedNanos()).hasSize(PRESSES);
            assertThat(Arrays.stream(session.pressToPaintedNanos()).min().orElseThrow()).isPositive();
            assertThat(session.pressToKeyEventNanos()).hasSize(PRESSES);
        }
    }
}
