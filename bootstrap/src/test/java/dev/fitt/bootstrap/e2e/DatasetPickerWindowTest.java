package dev.fitt.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.google.inject.Guice;
import dev.fitt.adapters.socket.ClientConfig;
import dev.fitt.adapters.socket.SocketAdapter;
import dev.fitt.adapters.swing.ClientLaunch;
import dev.fitt.adapters.swing.SwingClient;
import dev.fitt.bootstrap.client.SharedServer;
import dev.fitt.bootstrap.server.RunningTaggingServer;
import dev.fitt.bootstrap.server.ServerApplication;
import dev.fitt.bootstrap.server.ServerModules;
import dev.fitt.bootstrap.settings.DatasetServing;
import dev.fitt.client.port.out.ClientPreferences;
import dev.fitt.client.port.out.ClientPreferencesPort;
import dev.fitt.client.port.out.ServerDataset;
import dev.fitt.client.port.out.TaggingServerPort;
import dev.fitt.client.service.ClientCore;
import dev.fitt.client.service.NoTeamWork;
import dev.fitt.client.service.DatasetChoice;
import dev.fitt.client.service.SessionSettings;
import java.awt.Component;
import java.awt.Container;
import java.awt.Dialog;
import java.awt.Frame;
import java.awt.GraphicsEnvironment;
import java.awt.Robot;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client on a server with several datasets, under a real display: the picker opens at start
 * with the datasets and their state, arrows and Enter open one, the window names it, Ctrl+O opens
 * the picker again to switch, and each dataset's labels land in its own output.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class DatasetPickerWindowTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String TITLE = "picker-e2e";

    @TempDir
    Path dir;

    @Test
    void thePickerOpensTheChosenDatasetAndCtrlOSwitchesToAnother() throws Exception {
        assumeFalse(GraphicsEnvironment.isHeadless(), "no display: the desktop test is skipped");
        Path data = DatasetFolder.write(dir.resolve("data"));
        Path saveDir = dir.resolve("labelled");
        Remembering preferences = new Remembering();
        try (RunningTaggingServer server = Guice.createInjector(ServerModules.from(
                DatasetFolder.settings(data, saveDir, DatasetServing.defaults()), dir))
                .getInstance(ServerApplication.class).start();
                TaggingServerPort gateway = SocketAdapter.connect(ClientConfig.of("127.0.0.1",
                        server.address().getPort(), Duration.ofSeconds(5)))) {
            TaggingServerPort shared = SharedServer.keptOpen(gateway);
            SwingClient client = SwingClient.launch(new ClientLaunch(TITLE,
                    () -> ClientCore.open(shared, SessionSettings.of(false, 0), new NoTeamWork()),
                    ClientPreferences.defaults(),
                    preferences, () -> { }, false, new DatasetChoice(gateway, preferences)));
            try {
                Robot robot = new Robot();
                robot.setAutoDelay(40);
                JList<?> list = await("the picker at start", DatasetPickerWindowTest::pickerList);
                assertThat(list.getModel().getSize()).isEqualTo(4);
                assertThat(((ServerDataset) list.getSelectedValue()).name()).as("the server's default").isEqualTo("day1");
                press(robot, KeyEvent.VK_DOWN);
                press(robot, KeyEvent.VK_ENTER);

                await("day2 open", () -> frameTitled("day2"));
                await("the status bar naming day2", () -> label("Dataset day2: "));
                assertThat(preferences.remembered).isEqualTo("day2");
                JLabel frame = await("day2's first frame", () -> label("Frame 1 / 3"));
                clickOn(robot, frame);
                // Tag 1 (day2's one tag, Rainy) on the second frame, which is unlabelled.
                press(robot, KeyEvent.VK_RIGHT);
                press(robot, KeyEvent.VK_1);

                robot.keyPress(KeyEvent.VK_CONTROL);
                press(robot, KeyEvent.VK_O);
                robot.keyRelease(KeyEvent.VK_CONTROL);
                JList<?> again = await("the picker on Ctrl+O", DatasetPickerWindowTest::pickerList);
                assertThat(((ServerDataset) again.getSelectedValue()).name()).isEqualTo("day2");
                press(robot, KeyEvent.VK_DOWN);
                press(robot, KeyEvent.VK_ENTER);

                await("day3 open", () -> frameTitled("day3"));
                await("day3's first frame", () -> label("Frame 1 / 2"));
                assertThat(preferences.remembered).isEqualTo("day3");
            } finally {
                assertThat(client.closeAndWait(Duration.ofSeconds(10))).as("every edit delivered at close").isTrue();
            }
        }

        assertThat(Files.readAllLines(saveDir.resolve("day2__labelled__.csv"))).containsExactly(
                "clip_id,file_path,tag_code,label", "7,images/b1.jpg,200,True", "7,images/b2.jpg,200,True",
                "8,images/b3.jpg,200,");
        assertThat(saveDir.resolve("day1__labelled__.csv")).doesNotExist();
    }

    /** X servers without a window manager give the keyboard focus on a click. */
    private static void clickOn(Robot robot, Component target) {
        AtomicReference<java.awt.Point> at = new AtomicReference<>();
        onEdt(() -> {
            java.awt.Point p = target.getLocationOnScreen();
            at.set(new java.awt.Point(p.x + 5, p.y + target.getHeight() / 2));
        });
        robot.mouseMove(at.get().x, at.get().y);
        robot.mousePress(java.awt.event.InputEvent.BUTTON1_DOWN_MASK);
        robot.mouseRelease(java.awt.event.InputEvent.BUTTON1_DOWN_MASK);
        robot.waitForIdle();
    }

    private static void press(Robot robot, int key) {
        robot.keyPress(key);
        robot.keyRelease(key);
        robot.waitForIdle();
    }

    private static JList<?> pickerList() {
        AtomicReference<JList<?>> found = new AtomicReference<>();
        onEdt(() -> {
            for (Window window : Window.getWindows()) {
                if (window instanceof Dialog dialog && dialog.isShowing() && dialog.getTitle().contains(TITLE)
                        && dialog.isFocused()) {
                    found.set(find(dialog, JList.class, c -> true));
                }
            }
        });
        return found.get();
    }

    private static Boolean frameTitled(String dataset) {
        AtomicReference<Boolean> found = new AtomicReference<>();
        onEdt(() -> {
            for (Window window : Window.getWindows()) {
                if (window instanceof Frame frame && frame.isShowing()
                        && frame.getTitle().equals("fitt \u2014 " + dataset + " \u2014 " + TITLE)) {
                    found.set(Boolean.TRUE);
                }
            }
        });
        return found.get();
    }

    private static JLabel label(String prefix) {
        AtomicReference<JLabel> found = new AtomicReference<>();
        onEdt(() -> {
            for (Window window : Window.getWindows()) {
                if (window instanceof Frame frame && frame.isShowing() && frame.getTitle().contains(TITLE)) {
                    found.set(find(frame, JLabel.class, l -> l.getText() != null && l.getText().startsWith(prefix)));
                }
            }
        });
        return found.get();
    }

    private static <T extends Component> T find(Container container, Class<T> type, java.util.function.Predicate<T> test) {
        for (Component child : container.getComponents()) {
            if (type.isInstance(child) && child.isShowing() && test.test(type.cast(child))) {
                return type.cast(child);
            }
            if (child instanceof Container inner) {
                T found = find(inner, type, test);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static void onEdt(Runnable probe) {
        try {
            SwingUtilities.invokeAndWait(probe);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
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

    /** Client settings in memory that remember the dataset chosen. */
    private static final class Remembering implements ClientPreferencesPort {
        volatile String remembered;

        @Override
        public ClientPreferences load() {
            return ClientPreferences.defaults();
        }

        @Override
        public void save(ClientPreferences changed) {
            throw new UnsupportedOperationException("the test does not save settings");
        }

        @Override
        public String location() {
            return "memory";
        }

        @Override
        public Optional<String> lastDataset() {
            return Optional.ofNullable(remembered);
        }

        @Override
        public void rememberDataset(String name) {
            remembered = name;
        }
    }
}
