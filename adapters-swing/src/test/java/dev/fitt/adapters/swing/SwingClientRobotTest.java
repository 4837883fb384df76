package dev.fitt.adapters.swing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.fitt.client.port.in.LabellingSession;
import dev.fitt.client.service.ClientCore;
import dev.fitt.client.service.SessionSettings;
import dev.fitt.domain.LabelsSnapshot;
import dev.fitt.domain.TagValue;
import dev.fitt.client.port.out.ClientPreferences;
import java.awt.Component;
import java.awt.Container;
import java.awt.Window;
import java.awt.GraphicsEnvironment;
import java.awt.KeyboardFocusManager;
import java.awt.Point;
import java.awt.Robot;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import javax.swing.JDialog;
import javax.swing.JSpinner;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
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
    private Robot robot;

    @BeforeEach
    void openClient() throws Exception {
        assumeFalse(GraphicsEnvironment.isHeadless(), "no display: the Swing window test is skipped");
        assumeTrue(System.getProperty("os.name").startsWith("Windows") || System.getenv("DISPLAY") != null,
                "no DISPLAY: the Swing window test is skipped");
        data = new DemoDataset(160, 90);
        ClientPreferences preferences = ClientPreferences.defaults();
        app = SwingClient.launch(new ClientLaunch("robot test", () -> {
            LabellingSession opened = ClientCore.open(data.server(), SessionSettings.of(false, 0));
            session.set(opened);
            return opened;
        }, preferences, new InMemoryPreferences(preferences), () -> { }));
        robot = new Robot();
        robot.setAutoDelay(30);
        await("the session to open and the views to show", () -> session.get() != null && onEdt(() ->
                app.window().views.getComponentCount() == 3 && app.window().views.isShowing()));
        focusTheViews();
    }

    @AfterEach
    void closeClient() {
        if (app != null) {
            app.closeAndWait(Duration.ofSeconds(5));
        }
    }

    @Test
    void keysLabelCameraAfterCameraThenTheNextFrameUndoAndSave() throws Exception {
        press(KeyEvent.VK_2);          // frame 1, camera 1: tag 2, on to camera 2 by itself
        await("camera 2 active", () -> session.get().navigation().activeCamera() == 1 && session.get().navigation().frameNumber() == 0);
        press(KeyEvent.VK_3);          // camera 2: tag 3, on to camera 3
        await("camera 3 active", () -> session.get().navigation().activeCamera() == 2 && session.get().navigation().frameNumber() == 0);
        press(KeyEvent.VK_1);          // camera 3: tag 1, the last: on to frame 2, camera 1
        await("frame 2 on camera 1", () -> session.get().navigation().frameNumber() == 1 && session.get().navigation().activeCamera() == 0);
        press(KeyEvent.VK_F);          // frame 2 all False, on to frame 3
        press(KeyEvent.VK_TAB);
        press(KeyEvent.VK_TAB);
        press(KeyEvent.VK_4);          // frame 3, camera 3: tag 4, on to frame 4 ...
        await("tag 4 on image 9", () -> valueAt(8, 3) == TagValue.TRUE);
        await("frame 4 on camera 1", () -> session.get().navigation().frameNumber() == 3 && session.get().navigation().activeCamera() == 0);
        pressWith(InputEvent.CTRL_DOWN_MASK, KeyEvent.VK_Z);  // ... undone: back on frame 3, camera 3
        await("frame 3 on camera 3", () -> session.get().navigation().frameNumber() == 2 && session.get().navigation().activeCamera() == 2);
        pressWith(InputEvent.SHIFT_DOWN_MASK, KeyEvent.VK_5); // frame 3: tag 5 on every camera
        press(KeyEvent.VK_S);

        List<String> expected = List.of("FTFFFF", "FFTFFF", "TFFFFF", "FFFFFF", "FFFFFF", "FFFFFF",
                "FFFFTF", "FFFFTF", "FFFFTF");
        await("the edits to reach the server and be saved", () -> rows(data.service.queries().labels(), 9).equals(expected)
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
        press(KeyEvent.VK_N);          // image 1: none of the tags
        await("the choice to be made", () -> valueAt(0, 0) == TagValue.FALSE);

        boolean delivered = app.closeAndWait(Duration.ofSeconds(10));

        assertThat(delivered).isTrue();
        assertThat(rows(data.store.savedLabels(), 1)).containsExactly("FFFFFF");
        await("the window to close", () -> onEdt(() -> !app.window().frame.isDisplayable()));
    }

    @Test
    void keysTypedIntoTheSettingsDialogDoNotTriggerHotkeys() throws Exception {
        pressWith(InputEvent.CTRL_DOWN_MASK, KeyEvent.VK_COMMA);
        await("the settings dialog to have the focus", () -> onEdt(() -> settingsHost() != null
                && settingsHost().isFocusOwner()));
        press(KeyEvent.VK_END);
        press(KeyEvent.VK_2);
        press(KeyEvent.VK_F);
        press(KeyEvent.VK_RIGHT);
        await("the typed text in the host field", () -> onEdt(() -> settingsHost().getText().endsWith("2f")));
        press(KeyEvent.VK_ESCAPE);
        await("the settings dialog to close", () -> onEdt(() -> settingsHost() == null));

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

    /** Clicks into the window (X servers without a window manager give focus on click). */
    private void focusTheViews() throws Exception {
        Point label = onEdtGet(() -> {
            Component target = app.window().frameLabel;
            Point p = target.getLocationOnScreen();
            return new Point(p.x + 5, p.y + target.getHeight() / 2);
        });
        robot.mouseMove(label.x, label.y);
        robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
        robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
        SwingUtilities.invokeAndWait(() -> {
            app.window().frame.toFront();
            app.window().views.requestFocusInWindow();
        });
        await("the views to have the keyboard focus", () -> onEdt(() ->
                KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner() == app.window().views));
    }

    private void press(int key) {
        robot.keyPress(key);
        robot.keyRelease(key);
        robot.waitForIdle();
    }

    private void pressWith(int modifier, int key) {
        int modifierKey = modifier == InputEvent.CTRL_DOWN_MASK ? KeyEvent.VK_CONTROL : KeyEvent.VK_SHIFT;
        robot.keyPress(modifierKey);
        press(key);
        robot.keyRelease(modifierKey);
        robot.waitForIdle();
    }

    private static boolean onEdt(BooleanSupplier condition) {
        try {
            return onEdtGet(condition::getAsBoolean);
        } catch (Exception e) {
            return false;
        }
    }

    private static <T> T onEdtGet(java.util.concurrent.Callable<T> body) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            try {
                result.set(body.call());
            } catch (Exception e) {
                failure.set(e);
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }

    /** Polls {@code condition} until it holds, at most {@link #WAIT}; fails naming what it waited for. */
    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        for (int attempt = 0; attempt < 10_000 && System.nanoTime() < deadline; attempt++) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("gave up waiting for " + what + " after " + WAIT.toSeconds() + " s");
    }
}
