package dev.fitt.adapters.swing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.fitt.ports.ServerUnreachableException;
import dev.fitt.client.port.out.ClientPreferences;
import java.awt.GraphicsEnvironment;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A session that cannot be opened leaves the window up with the reason and "Try again". */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class SwingClientOpenFailureTest {
    @Test
    void theWindowShowsWhyTheSessionCouldNotOpenAndOffersToTryAgain() throws Exception {
        assumeFalse(GraphicsEnvironment.isHeadless(), "no display: the Swing window test is skipped");
        assumeTrue(System.getProperty("os.name").startsWith("Windows") || System.getenv("DISPLAY") != null,
                "no DISPLAY: the Swing window test is skipped");
        ClientPreferences preferences = ClientPreferences.defaults();
        SwingClient app = SwingClient.launch(new ClientLaunch("127.0.0.1:1", () -> {
            throw new ServerUnreachableException("cannot connect to 127.0.0.1:1: Connection refused");
        }, preferences, new InMemoryPreferences(preferences), () -> { }));
        try {
            AtomicReference<String> text = new AtomicReference<>("");
            AtomicReference<Boolean> retry = new AtomicReference<>(false);
            long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            for (int i = 0; i < 1_000 && System.nanoTime() < deadline && !retry.get(); i++) {
                SwingUtilities.invokeAndWait(() -> {
                    if (app.window() != null) {
                        text.set(app.window().connectingText.getText());
                        retry.set(app.window().retry.isVisible());
                    }
                });
                Thread.sleep(20);
            }
            assertThat(retry.get()).as("Try again shown").isTrue();
            assertThat(text.get()).contains("Could not open 127.0.0.1:1:")
                    .contains("cannot connect to 127.0.0.1:1: Connection refused");
        } finally {
            assertThat(app.closeAndWait(Duration.ofSeconds(5))).isTrue();
        }
    }
}
