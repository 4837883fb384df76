package dev.fitt.adapters.swing;

import static dev.fitt.adapters.swing.WindowDriver.onEdt;
import static dev.fitt.adapters.swing.WindowDriver.onEdtGet;

import dev.fitt.client.port.in.LabellingSession;
import dev.fitt.client.service.ClientCore;
import dev.fitt.client.service.NoTeamWork;
import dev.fitt.client.service.SessionSettings;
import dev.fitt.domain.Frame;
import dev.fitt.domain.labelling.PrefetchPlan;
import dev.fitt.client.port.out.ClientPreferences;
import dev.fitt.client.port.out.TaggingServerPort;
import java.awt.AWTEvent;
import java.awt.Component;
import java.awt.Container;
import java.awt.GraphicsEnvironment;
import java.awt.Robot;
import java.awt.Toolkit;
import java.awt.event.AWTEventListener;
import java.awt.event.KeyEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The client benchmark: the real Swing client over a server holding photo-sized JPEGs, driven by
 * real key presses (java.awt.Robot). For each press of Right it times from just before the press
 * to the moment every camera view of the new frame has painted its picture (the paint hook
 * {@link ImagePanel#onPicturePainted}), in two sessions:
 * <ul>
 *   <li>prefetched: the client's normal prefetch (8 frames ahead), with a pause between presses
 *       long enough for it to finish, as when an annotator looks at each frame;</li>
 *   <li>cold: prefetch off, so every frame is fetched and decoded only after the key press (as
 *       after a jump to a frame never seen).</li>
 * </ul>
 * The server is given from outside ({@link #run}): {@link #main} measures over
 * {@link dev.fitt.server.service.InProcessTaggingServer}; bootstrap's ClientSocketBench over a real
 * fitt server on loopback TCP (this module cannot see the socket adapter).
 * Not a test (surefire runs only *Test): run it with bench/client-bench.sh. Needs a display.
 * Arguments: [PRESSES] (per session, default 40, at most 500).
 */
public final class ClientBench {
    public static final int MAX_PRESSES = 500;
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final long PREFETCH_PAUSE_MS = 400;
    private static final long COLD_PAUSE_MS = 150;

    private final Supplier<? extends TaggingServerPort> server;
    private final int cameras;
    private final Map<Integer, Long> firstPainted = new ConcurrentHashMap<>();
    /** When the last Right press reached the event thread: splits the figure into input delay and client work. */
    private volatile long keyArrived;
    private final AtomicReference<LabellingSession> session = new AtomicReference<>();
    private SwingClient app;
    private WindowDriver driver;

    private ClientBench(Supplier<? extends TaggingServerPort> server, int cameras) {
        this.server = Objects.requireNonNull(server, "server");
        this.cameras = cameras;
    }

    /** In-process mode: the client over {@link ClientBenchDataset#server()}, no network. */
    public static void main(String[] args) throws Exception {
        requireDisplay();
        int presses = presses(args);
        ClientBenchDataset data = new ClientBenchDataset(presses + 2);
        System.out.println("mode: in-process (InProcessTaggingServer, no network)");
        System.out.println(data.description());
        for (ClientBenchSession measured : run(data::server, ClientBenchDataset.CAMERAS, presses)) {
            measured.print(System.out);
        }
        System.exit(0);
    }

    public static void requireDisplay() {
        if (GraphicsEnvironment.isHeadless()) {
            throw new IllegalStateException("the client benchmark needs a display (run bench/client-bench.sh,"
                    + " which starts Xvfb when DISPLAY is unset)");
        }
    }

    /** The optional PRESSES argument: presses per session, default 40. */
    public static int presses(String[] args) {
        int presses = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        if (presses < 1 || presses > MAX_PRESSES) {
            throw new IllegalArgumentException("PRESSES must be 1.." + MAX_PRESSES + ", got " + presses);
        }
        return presses;
    }

    /**
     * Both sessions, prefetched then cold, each in a freshly launched client window.
     *
     * @param server  gives a new, unopened server port per session (the session closes it), over
     *                a dataset of one clip of {@code cameras} cameras and at least presses + 1 frames
     * @param cameras camera views per frame, to know when the window shows the dataset
     */
    public static List<ClientBenchSession> run(Supplier<? extends TaggingServerPort> server, int cameras,
            int presses) throws Exception {
        if (cameras < 1 || presses < 1 || presses > MAX_PRESSES) {
            throw new IllegalArgumentException("cameras >= 1 and presses 1.." + MAX_PRESSES + ", got " + cameras
                    + " and " + presses);
        }
        SessionSettings normal = SessionSettings.of(false, 0);
        SessionSettings noPrefetch = new SessionSettings(false, normal.autosave(), normal.historyCapacity(),
                new PrefetchPlan(0, 0), normal.imageCacheBytes(), normal.backoff());
        ClientBenchSession prefetched = new ClientBench(server, cameras)
                .measure("prefetched", "<= 16 ms", normal, presses, PREFETCH_PAUSE_MS);
        ClientBenchSession cold = new ClientBench(server, cameras)
                .measure("cold", "<= 100 ms", noPrefetch, presses, COLD_PAUSE_MS);
        return List.of(prefetched, cold);
    }

    private ClientBenchSession measure(String name, String target, SessionSettings settings, int presses,
            long pauseMs) throws Exception {
        ClientPreferences preferences = ClientPreferences.defaults();
        app = SwingClient.launch(new ClientLaunch("client bench", () -> {
            LabellingSession opened = ClientCore.open(server.get(), settings, new NoTeamWork());
            session.set(opened);
            return opened;
        }, preferences, new InMemoryPreferences(preferences), () -> { }));
        // No pause after an event, and looking every millisecond: the figures are in milliseconds.
        driver = new WindowDriver(WAIT, 0, Duration.ofMillis(1));
        AWTEventListener keyListener = event -> {
            if (event.getID() == KeyEvent.KEY_PRESSED && ((KeyEvent) event).getKeyCode() == KeyEvent.VK_RIGHT) {
                keyArrived = System.nanoTime();
            }
        };
        Toolkit.getDefaultToolkit().addAWTEventListener(keyListener, AWTEvent.KEY_EVENT_MASK);
        try {
            driver.await("the session to open and the views to show", () -> session.get() != null
                    && onEdt(() -> app.window().views.getComponentCount() == cameras
                            && app.window().views.isShowing()));
            onEdt(() -> {
                for (ImagePanel panel : imagePanels(app.window().views, new ArrayList<>())) {
                    panel.onPicturePainted(index -> firstPainted.putIfAbsent(index, System.nanoTime()));
                }
                return true;
            });
            driver.focusTheViews(app);
            awaitFramePainted(0);
            Thread.sleep(pauseMs);
            long[] latencies = new long[presses];
            long[] inputDelays = new long[presses];
            for (int press = 0; press < presses; press++) {
                long start = System.nanoTime();
                driver.robot().keyPress(KeyEvent.VK_RIGHT);
                driver.robot().keyRelease(KeyEvent.VK_RIGHT);
                latencies[press] = awaitFramePainted(press + 1) - start;
                inputDelays[press] = keyArrived - start;
                Thread.sleep(pauseMs);
            }
            return new ClientBenchSession(name, target, latencies, inputDelays);
        } finally {
            Toolkit.getDefaultToolkit().removeAWTEventListener(keyListener);
            app.closeAndWait(Duration.ofSeconds(5));
        }
    }

    /** Waits until frame {@code number} is current and all its pictures are painted; the last paint's time. */
    private long awaitFramePainted(int number) throws Exception {
        driver.await("frame " + (number + 1) + " to be current", () -> onEdt(() -> session.get().navigation().frameNumber() == number));
        Frame frame = onEdtGet(() -> session.get().navigation().currentFrame());
        long[] last = new long[1];
        driver.await("frame " + (number + 1) + " to be painted", () -> {
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
}
