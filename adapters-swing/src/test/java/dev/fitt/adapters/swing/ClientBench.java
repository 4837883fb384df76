package dev.fitt.adapters.swing;

import dev.fitt.application.client.LabellingSession;
import dev.fitt.application.client.SessionSettings;
import dev.fitt.domain.Frame;
import dev.fitt.domain.labelling.PrefetchPlan;
import dev.fitt.ports.out.ClientPreferences;
import java.awt.Component;
import java.awt.Container;
import java.awt.GraphicsEnvironment;
import java.awt.KeyboardFocusManager;
import java.awt.Point;
import java.awt.Robot;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;

/**
 * The client benchmark: the real Swing client over an in-process server holding photo-sized JPEGs,
 * driven by real key presses (java.awt.Robot). For each press of Right it times from just before
 * the press to the moment every camera view of the new frame has painted its picture (the paint
 * hook {@link ImagePanel#onPicturePainted}), in two sessions:
 * <ul>
 *   <li>prefetched: the client's normal prefetch (8 frames ahead), with a pause between presses
 *       long enough for it to finish, as when an annotator looks at each frame;</li>
 *   <li>cold: prefetch off, so every frame is fetched and decoded only after the key press (as
 *       after a jump to a frame never seen).</li>
 * </ul>
 * Not a test (surefire runs only *Test): run it with bench/client-bench.sh. Needs a display.
 * Arguments: [PRESSES] (per session, default 40, at most 500).
 */
public final class ClientBench {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final long PREFETCH_PAUSE_MS = 400;
    private static final long COLD_PAUSE_MS = 150;

    private final Map<Integer, Long> firstPainted = new ConcurrentHashMap<>();
    /** When the last Right press reached the event thread: splits the figure into input delay and client work. */
    private volatile long keyArrived;
    private final AtomicReference<LabellingSession> session = new AtomicReference<>();
    private ClientApp app;
    private Robot robot;

    public static void main(String[] args) throws Exception {
        if (GraphicsEnvironment.isHeadless()) {
            throw new IllegalStateException("the client benchmark needs a display (run bench/client-bench.sh,"
                    + " which starts Xvfb when DISPLAY is unset)");
        }
        int presses = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        if (presses < 1 || presses > 500) {
            throw new IllegalArgumentException("PRESSES must be 1..500, got " + presses);
        }
        ClientBenchDataset data = new ClientBenchDataset(presses + 2);
        System.out.printf(Locale.ROOT, "dataset: %d frames x %d cameras, %dx%d JPEG, %.0f KB average%n",
                presses + 2, ClientBenchDataset.CAMERAS, ClientBenchDataset.WIDTH, ClientBenchDataset.HEIGHT,
                data.imageBytes / 1024.0 / ((presses + 2) * ClientBenchDataset.CAMERAS));
        SessionSettings normal = SessionSettings.of(false, 0);
        SessionSettings noPrefetch = new SessionSettings(false, normal.autosave(), normal.historyCapacity(),
                new PrefetchPlan(0, 0), normal.imageCacheBytes(), normal.backoff());
        report("prefetched", new ClientBench().measure(data, normal, presses, PREFETCH_PAUSE_MS), "<= 16 ms");
        report("cold", new ClientBench().measure(data, noPrefetch, presses, COLD_PAUSE_MS), "<= 100 ms");
        System.exit(0);
    }

    private long[][] measure(ClientBenchDataset data, SessionSettings settings, int presses, long pauseMs)
            throws Exception {
        ClientPreferences preferences = ClientPreferences.defaults();
        app = (ClientApp) SwingClient.launch(new ClientLaunch("client bench", () -> {
            LabellingSession opened = LabellingSession.open(data.server(), settings);
            session.set(opened);
            return opened;
        }, preferences, new InMemoryPreferences(preferences), () -> { }));
        robot = new Robot();
        robot.setAutoDelay(0);
        java.awt.Toolkit.getDefaultToolkit().addAWTEventListener(event -> {
            if (event.getID() == KeyEvent.KEY_PRESSED && ((KeyEvent) event).getKeyCode() == KeyEvent.VK_RIGHT) {
                keyArrived = System.nanoTime();
            }
        }, java.awt.AWTEvent.KEY_EVENT_MASK);
        try {
            await("the session to open and the views to show", () -> session.get() != null
                    && onEdt(() -> app.window().views.getComponentCount() == ClientBenchDataset.CAMERAS
                            && app.window().views.isShowing()));
            onEdt(() -> {
                for (ImagePanel panel : imagePanels(app.window().views, new ArrayList<>())) {
                    panel.onPicturePainted(index -> firstPainted.putIfAbsent(index, System.nanoTime()));
                }
                return true;
            });
            focusTheViews();
            awaitFramePainted(0);
            Thread.sleep(pauseMs);
            long[] latencies = new long[presses];
            long[] inputDelays = new long[presses];
            for (int press = 0; press < presses; press++) {
                long start = System.nanoTime();
                robot.keyPress(KeyEvent.VK_RIGHT);
                robot.keyRelease(KeyEvent.VK_RIGHT);
                latencies[press] = awaitFramePainted(press + 1) - start;
                inputDelays[press] = keyArrived - start;
                Thread.sleep(pauseMs);
            }
            return new long[][] {latencies, inputDelays};
        } finally {
            app.closeAndWait(Duration.ofSeconds(5));
        }
    }

    /** Waits until frame {@code number} is current and all its pictures are painted; the last paint's time. */
    private long awaitFramePainted(int number) throws Exception {
        await("frame " + (number + 1) + " to be current", () -> onEdt(() -> session.get().frameNumber() == number));
        Frame frame = onEdtGet(() -> session.get().currentFrame());
        long[] last = new long[1];
        await("frame " + (number + 1) + " to be painted", () -> {
            long newest = 0;
            for (int index = frame.first(); index <= frame.last(); index++) {
                Long painted = firstPainted.get(index);
                if (painted == null) {
                    return false;
                }
                newest = Math.max(newest, painted);
            }
            last[0] = newest;
            return true;
        });
        return last[0];
    }

    private static List<ImagePanel> imagePanels(Container container, List<ImagePanel> found) {
        for (Component child : container.getComponents()) {
            if (child instanceof ImagePanel panel) {
                found.add(panel);
            } else if (child instanceof Container inner) {
                imagePanels(inner, found);
            }
        }
        return found;
    }

    private static void report(String name, long[][] measured, String target) {
        print("key press to frame painted, " + name, measured[0], "   target p95 " + target);
        print("  of which key press to key event on the event thread", measured[1], "");
    }

    private static void print(String what, long[] nanos, String suffix) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%-55s n=%d  p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms%s%n", what,
                sorted.length, percentile(sorted, 50), percentile(sorted, 95), sorted[sorted.length - 1] / 1e6, suffix);
    }

    private static double percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, rank)] / 1e6;
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

    private static boolean onEdt(Callable<Boolean> condition) {
        try {
            return onEdtGet(condition);
        } catch (Exception e) {
            return false;
        }
    }

    private static <T> T onEdtGet(Callable<T> body) throws Exception {
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

    /** Polls every millisecond (the figures are in ms), at most {@link #WAIT}. */
    private static void await(String what, Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.call()) {
                return;
            }
            Thread.sleep(1);
        }
        throw new IllegalStateException("gave up waiting for " + what + " after " + WAIT.toSeconds() + " s");
    }
}
