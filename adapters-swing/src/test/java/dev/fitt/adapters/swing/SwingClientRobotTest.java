package dev.fitt.adapters.swing;

import static dev.fitt.adapters.swing.WindowDriver.onEdt;
import static dev.fitt.adapters.swing.WindowDriver.onEdtGet;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fitt.client.port.in.LabellingSession;
import dev.fitt.client.service.ClientCore;
import dev.fitt.client.service.NoTeamWork;
import dev.fitt.client.service.SessionSettings;
import dev.fitt.domain.LabelsSnapshot;
import dev.fitt.domain.TagValue;
import dev.fitt.client.port.out.ClientPreferences;
import java.awt.Component;
import java.awt.Container;
import java.awt.Window;
import java.awt.Robot;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JDialog;
import javax.swing.JSpinner;
import javax.swing.JTextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The real window over a real in-process server, driven by real key presses (java.awt.Robot).
 * Needs a display: CI runs it under xvfb-run; without one it is skipped.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SwingClientRobotTest {
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final int TAGS = 6;

    private DemoDataset data;
    private final AtomicReference<LabellingSession> session = new AtomicReference<>();
    private SwingClient app;
    private WindowDriver driver;

    @BeforeEach
    void openClient() throws Exception {
        WindowDriver.assumeDisplay();
        data = new DemoDataset(160, 90);
        ClientPreferences preferences = ClientPreferences.defaults();
        app = SwingClient.launch(new ClientLaunch("robot test", () -> {
            LabellingSession opened = ClientCore.open(data.server(), SessionSettings.of(false, 0), new NoTeamWork());
            session.set(opened);
            return opened;
        }, preferences, new InMemoryPreferences(preferences), () -> { }));
        driver = new WindowDriver(WAIT, 30, Duration.ofMillis(20));
        driver.await("the session to open and the views to show", () -> session.get() != null && onEdt(() ->
                app.window().views.getComponentCount() == 3 && app.window().views.isShowing()));
        driver.focusTheViews(app);
    }

    @AfterEach
    void closeClient() {
        if (app != null) {
            app.closeAndWait(Duration.ofSeconds(5));
        }
    }

    @Test
    void keysLabelCameraAfterCameraThenTheNextFrameUndoAndSave() throws Exception {
        driver.press(KeyEvent.VK_2);          // frame 1, camera 1: tag 2, on to camera 2 by itself
        driver.await("camera 2 active", () -> session.get().navigation().activeCamera() == 1 && session.get().navigation().frameNumber() == 0);
        driver.press(KeyEvent.VK_3);          // camera 2: tag 3, on to camera 3
        driver.await("camera 3 active", () -> session.get().navigation().activeCamera() == 2 && session.get().navigation().frameNumber() == 0);
        driver.press(KeyEvent.VK_1);          // camera 3: tag 1, the last: on to frame 2, camera 1
        driver.await("frame 2 on camera 1", () -> session.get().navigation().frameNumber() == 1 && session.get().navigation().activeCamera() == 0);
        driver.press(KeyEvent.VK_F);          // frame 2 all False, on to frame 3
        driver.press(KeyEvent.VK_TAB);
        driver.press(KeyEvent.VK_TAB);
        driver.press(KeyEvent.VK_4);          // frame 3, camera 3: tag 4, on to frame 4 ...
        driver.await("tag 4 on image 9", () -> valueAt(8, 3) == TagValue.TRUE);
        driver.await("frame 4 on camera 1", () -> session.get().navigation().frameNumber() == 3 && session.get().navigation().activeCamera() == 0);
        driver.pressWith(InputEvent.CTRL_DOWN_MASK, KeyEvent.VK_Z);  // ... undone: back on frame 3, camera 3
        driver.await("frame 3 on camera 3", () -> session.get().navigation().frameNumber() == 2 && session.get().navigation().activeCamera() == 2);
        driver.pressWith(InputEvent.SHIFT_DOWN_MASK, KeyEvent.VK_5); // frame 3: tag 5 on every camera
        driver.press(KeyEvent.VK_S);

        List<String> expected = List.of("FTFFFF", "FFTFFF", "TFFFFF", "FFFFFF", "FFFFFF", "FFFFFF",
                "FFFFTF", "FFFFTF", "FFFFTF");
        driver.await("the edits to reach the server and be saved", () -> rows(data.service.queries().labels(), 9).equals(expected)
                && data.store.saveCount() >= 1 && session.get().state().pendingEdits() == 0);
        assertThat(rows(data.service.queries().labels(), 9)).containsExactlyElementsOf(expected);
        assertThat(rows(data.store.savedLabels(), 9)).containsExactlyElementsOf(expected);
        assertThat(rows(data.service.queries().labels(), data.rows()).subList(9, data.rows())).allMatch("......"::equals);
    }

    @Test
    void viewsAreTitledWithTheCameraNamesOfTheData() throws Exception {
        List<String> titles = onEdtGet(() -> {
            List<String> names = new ArrayList<>();
            for (Component view : app.window().views.getComponents()) {
                names.add(cameraName((Container) view));
            }
            return names;
        });

        assertThat(titles).containsExactly(DemoDataset.CAMERAS);
    }

    private static String cameraName(Container container) {
        for (Component child : container.getComponents()) {
            if (child instanceof CameraNameLabel label) {
                return label.getText();
            }
            String found = child instanceof Container inner ? cameraName(inner) : null;
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    @Test
    void closingFlushesEveryEditAndSaves() throws Exception {
        driver.press(KeyEvent.VK_N);          // image 1: none of the tags
        driver.await("the choice to be made", () -> valueAt(0, 0) == TagValue.FALSE);

        boolean delivered = app.closeAndWait(Duration.ofSeconds(10));

        assertThat(delivered).isTrue();
        assertThat(rows(data.store.savedLabels(), 1)).containsExactly("FFFFFF");
        driver.await("the window to close", () -> onEdt(() -> !app.window().frame.isDisplayable()));
    }

    @Test
    void keysTypedIntoTheSettingsDialogDoNotTriggerHotkeys() throws Exception {
        driver.pressWith(InputEvent.CTRL_DOWN_MASK, KeyEvent.VK_COMMA);
        driver.await("the settings dialog to have the focus", () -> onEdt(() -> settingsHost() != null
                && settingsHost().isFocusOwner()));
        driver.press(KeyEvent.VK_END);
        driver.press(KeyEvent.VK_2);
        driver.press(KeyEvent.VK_F);
        driver.press(KeyEvent.VK_RIGHT);
        driver.await("the typed text in the host field", () -> onEdt(() -> settingsHost().getText().endsWith("2f")));
        driver.press(KeyEvent.VK_ESCAPE);
        driver.await("the settings dialog to close", () -> onEdt(() -> settingsHost() == null));

        assertThat(onEdtGet(() -> app.window().frameLabel.getText())).startsWith("Frame 1 / 7");
        assertThat(rows(data.service.queries().labels(), data.rows())).allMatch("......"::equals);
        assertThat(session.get().state().pendingEdits()).isZero();
    }

    /** The host field of the open settings dialog, or null when none is showing. */
    private static JTextField settingsHost() {
        for (Window window : Window.getWindows()) {
            if (window instanceof JDialog dialog && dialog.isShowing() && "Settings".equals(dialog.getTitle())) {
                return firstTextField(dialog.getContentPane());
            }
        }
        return null;
    }

    private static JTextField firstTextField(Container container) {
        for (Component child : container.getComponents()) {
            if (child instanceof JTextField field && !(child.getParent() instanceof JSpinner.DefaultEditor)) {
                return field;
            }
            if (child instanceof Container inner) {
                JTextField found = firstTextField(inner);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private TagValue valueAt(int row, int tag) {
        return data.service.queries().labels().value(row, tag);
    }

    private static List<String> rows(LabelsSnapshot labels, int count) {
        List<String> out = new ArrayList<>();
        for (int r = 0; r < count; r++) {
            StringBuilder row = new StringBuilder();
            for (int t = 0; t < TAGS; t++) {
                TagValue v = labels.value(r, t);
                row.append(v == TagValue.TRUE ? 'T' : v == TagValue.FALSE ? 'F' : '.');
            }
            out.add(row.toString());
        }
        return out;
    }
}
