package dev.fitt.adapters.swing;

import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.AWTException;
import java.awt.Component;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.KeyboardFocusManager;
import java.awt.Point;
import java.awt.Robot;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import javax.swing.SwingUtilities;

/**
 * Drives a real client window the way an annotator does, for the window tests and the client
 * benchmark: key presses and clicks through {@link Robot}, polling until the window shows what
 * is expected, reading Swing state on the event thread, and a component's picture as painted.
 */
final class WindowDriver {
    private final Robot robot;
    private final Duration wait;
    private final long pollMillis;

    /**
     * @param wait           the longest {@link #await} waits before failing
     * @param autoDelayMillis the robot's pause after each event (0: none, for timing)
     * @param poll           how often {@link #await} looks again
     */
    WindowDriver(Duration wait, int autoDelayMillis, Duration poll) throws AWTException {
        this.robot = new Robot();
        this.robot.setAutoDelay(autoDelayMillis);
        this.wait = wait;
        this.pollMillis = Math.max(1, poll.toMillis());
    }

    /** Skips the calling test where no window can open (CI runs the window tests under xvfb-run). */
    static void assumeDisplay() {
        assumeFalse(GraphicsEnvironment.isHeadless(), "no display: the Swing window test is skipped");
        assumeTrue(System.getProperty("os.name").startsWith("Windows") || System.getenv("DISPLAY") != null,
                "no DISPLAY: the Swing window test is skipped");
    }

    /** The robot itself, for presses a caller times to the nanosecond. */
    Robot robot() {
        return robot;
    }

    void press(int key) {
        robot.keyPress(key);
        robot.keyRelease(key);
        robot.waitForIdle();
    }

    /** {@code key} with Ctrl and/or Shift held ({@code modifiers}: {@code CTRL_DOWN_MASK}, {@code SHIFT_DOWN_MASK}). */
    void pressWith(int modifiers, int key) {
        List<Integer> held = new ArrayList<>();
        if ((modifiers & InputEvent.CTRL_DOWN_MASK) != 0) {
            held.add(KeyEvent.VK_CONTROL);
        }
        if ((modifiers & InputEvent.SHIFT_DOWN_MASK) != 0) {
            held.add(KeyEvent.VK_SHIFT);
        }
        held.forEach(robot::keyPress);
        press(key);
        held.forEach(robot::keyRelease);
        robot.waitForIdle();
    }

    /** A left click at {@code at} (screen coordinates). */
    void click(Point at) {
        robot.mouseMove(at.x, at.y);
        robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
        robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
        robot.waitForIdle();
    }

    /** A left-button drag from {@code from} to {@code to} (screen coordinates), in small steps as a hand moves. */
    void drag(Point from, Point to) {
        robot.mouseMove(from.x, from.y);
        robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
        for (int step = 1; step <= 8; step++) {
            robot.mouseMove(from.x + (to.x - from.x) * step / 8, from.y + (to.y - from.y) * step / 8);
        }
        robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
        robot.waitForIdle();
    }

    /** Clicks into the window (X servers without a window manager give focus on click) and gives the views the keys. */
    void focusTheViews(SwingClient app) throws Exception {
        Point label = onEdtGet(() -> {
            Component target = app.window().frameLabel;
            Point p = target.getLocationOnScreen();
            return new Point(p.x + 5, p.y + target.getHeight() / 2);
        });
        click(label);
        SwingUtilities.invokeAndWait(() -> {
            app.window().frame.toFront();
            app.window().views.requestFocusInWindow();
        });
        await("the views to have the keyboard focus", () -> onEdt(() ->
                KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner() == app.window().views));
    }

    /** Polls {@code condition} until it holds, at most the driver's wait; fails naming what it waited for. */
    void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(pollMillis);
        }
        throw new AssertionError("gave up waiting for " + what + " after " + wait.toSeconds() + " s");
    }

    /** {@code condition} on the event thread; false if it threw. */
    static boolean onEdt(BooleanSupplier condition) {
        try {
            return onEdtGet(condition::getAsBoolean);
        } catch (Exception e) {
            return false;
        }
    }

    static <T> T onEdtGet(Callable<T> body) throws Exception {
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

    /** The component as it paints itself, whatever covers it on screen. Call on the event thread. */
    static BufferedImage painted(Component component) {
        BufferedImage image = new BufferedImage(component.getWidth(), component.getHeight(),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        component.paint(g);
        g.dispose();
        return image;
    }
}
