package dev.fitt.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.inject.Guice;
import dev.fitt.adapters.socket.ClientConfig;
import dev.fitt.adapters.socket.SocketAdapter;
import dev.fitt.adapters.swing.ClientLaunch;
import dev.fitt.adapters.swing.SwingClient;
import dev.fitt.client.service.ClientCore;
import dev.fitt.client.service.NoTeamWork;
import dev.fitt.client.service.SessionSettings;
import dev.fitt.bootstrap.server.RunningTaggingServer;
import dev.fitt.bootstrap.server.ServerApplication;
import dev.fitt.bootstrap.server.ServerModules;
import dev.fitt.client.port.out.ClientPreferences;
import dev.fitt.client.port.out.ClientPreferencesPort;
import java.awt.Component;
import java.awt.Container;
import java.awt.Frame;
import java.awt.GraphicsEnvironment;
import java.awt.Point;
import java.awt.Robot;
import java.awt.Window;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole product under a real display: `fitt server` wiring on a CSV in a temp folder, the
 * Swing client over TCP, real key presses from java.awt.Robot, and the server's saved CSV checked.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class DesktopClientEndToEndTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    @Test
    void keyPressesInTheClientEndUpInTheServersCsv() throws Exception {
        assumeFalse(GraphicsEnvironment.isHeadless(), "no display: the desktop test is skipped");
        GroupedDataset data = GroupedDataset.write(dir, 2, 3);
        try (RunningTaggingServer server = Guice.createInjector(ServerModules.from(data.settings(), dir))
                .getInstance(ServerApplication.class).start()) {
            ClientConfig config = ClientConfig.of("127.0.0.1", server.address().getPort(), Duration.ofSeconds(5));
            ClientPreferences preferences = ClientPreferences.defaults();
            SwingClient client = SwingClient.launch(new ClientLaunch("end-to-end",
                    () -> ClientCore.open(SocketAdapter.connect(config), SessionSettings.of(false, 0),
                            new NoTeamWork()),
                    preferences, new FixedPreferences(preferences), () -> { }));
            try {
                JLabel frameLabel = await("the first frame to show", () -> frameLabel("Frame 1 / 6"));
                Robot robot = new Robot();
                robot.setAutoDelay(30);
                clickOn(robot, frameLabel);
                // One digit per camera: each moves on to the next camera, the last to the next frame.
                for (int key : new int[] {KeyEvent.VK_2, KeyEvent.VK_3, KeyEvent.VK_1, KeyEvent.VK_F, KeyEvent.VK_S}) {
                    robot.keyPress(key);
                    robot.keyRelease(key);
                    robot.waitForIdle();
                }
                await("the labelled CSV to be saved with six labelled rows", () ->
                        Files.exists(data.output()) && labelledRows(data.output()) == 6 ? Boolean.TRUE : null);
            } finally {
                assertThat(client.closeAndWait(Duration.ofSeconds(10))).as("every edit delivered at close").isTrue();
            }
        }

        List<String> input = Files.readAllLines(data.dataCsv);
        List<String> saved = Files.readAllLines(data.output());
        String[] expected = {"False,True,False", "False,False,True", "True,False,False",
            "False,False,False", "False,False,False", "False,False,False"};
        for (int display = 0; display < data.rows; display++) {
            int line = 1 + data.fileRow(display);
            String want = display < expected.length ? input.get(line).replaceAll(",,,$", "," + expected[display])
                    : input.get(line);
            assertThat(saved.get(line)).as("display row %d", display).isEqualTo(want);
        }
    }

    private static long labelledRows(Path csv) {
        try {
            return Files.readAllLines(csv).stream().skip(1).filter(l -> !l.endsWith(",,,")).count();
        } catch (java.io.IOException e) {
            return -1;
        }
    }

    private static JLabel frameLabel(String text) {
        AtomicReference<JLabel> found = new AtomicReference<>();
        try {
            SwingUtilities.invokeAndWait(() -> {
                for (Window window : Window.getWindows()) {
                    if (window instanceof Frame frame && frame.isShowing() && frame.getTitle().contains("end-to-end")) {
                        found.set(findLabel(frame, text));
                    }
                }
            });
        } catch (Exception e) {
            return null;
        }
        return found.get();
    }

    private static JLabel findLabel(Container container, String prefix) {
        for (Component child : container.getComponents()) {
            if (child instanceof JLabel label && label.isShowing() && label.getText() != null
                    && label.getText().startsWith(prefix)) {
                return label;
            }
            if (child instanceof Container inner) {
                JLabel found = findLabel(inner, prefix);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** X servers without a window manager give the keyboard focus on a click. */
    private static void clickOn(Robot robot, Component target) throws Exception {
        AtomicReference<Point> at = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            Point p = target.getLocationOnScreen();
            at.set(new Point(p.x + 5, p.y + target.getHeight() / 2));
        });
        robot.mouseMove(at.get().x, at.get().y);
        robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
        robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
        robot.waitForIdle();
    }

    private static <T> T await(String what, Supplier<T> probe) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        for (int attempt = 0; attempt < 10_000 && System.nanoTime() < deadline; attempt++) {
            T value = probe.get();
            if (value != null) {
                return value;
            }
            Thread.sleep(25);
        }
        throw new AssertionError("gave up waiting for " + what + " after " + WAIT.toSeconds() + " s");
    }

    /** The settings dialog's storage; this test never changes settings. */
    private record FixedPreferences(ClientPreferences preferences) implements ClientPreferencesPort {
        @Override
        public ClientPreferences load() {
            return preferences;
        }

        @Override
        public void save(ClientPreferences changed) {
            throw new UnsupportedOperationException("the test does not save settings");
        }

        @Override
        public String location() {
            return "memory";
        }
    }
}
