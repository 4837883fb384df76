package dev.fitt.adapters.swing;

import dev.fitt.client.port.in.LabellingSession;
import dev.fitt.client.port.out.ClientPreferences;
import dev.fitt.client.port.out.ServerDatasets;
import java.awt.AWTError;
import java.awt.HeadlessException;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.swing.JComponent;
import javax.swing.JOptionPane;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop client, bootstrap's entry to this adapter: {@link #launch} shows the window, opens
 * the session in the background (with "try again" on failure), hands it to a
 * {@link ClientController}, and closes exactly once, flushing edits off the event thread
 * ({@link SessionClosing}). What is asked before launching is {@link DisplayCheck}'s.
 */
public final class SwingClient {
    private static final Logger LOG = LoggerFactory.getLogger(SwingClient.class);
    static final Duration WINDOW_CLOSE_WAIT = Duration.ofSeconds(10);

    private final ClientLaunch launch;
    private final ExecutorService background = Workers.single("client");
    private final ExecutorService loader = Workers.single("load-all");
    private final SessionClosing closing = new SessionClosing();
    private volatile LabellingSession session;
    private ClientWindow window;
    private ClientController controller;
    private DatasetPicker lastPicker;

    private SwingClient(ClientLaunch launch) {
        this.launch = launch;
    }

    /**
     * Why no window can open here, or empty when one can. For asking before anything else starts:
     * a window that fails to open leaves only a stack trace on the event thread, and a program
     * waiting for a window that never closes.
     */
    public static Optional<String> whyNoDisplay() {
        return DisplayCheck.whyNoDisplay();
    }

    /**
     * Asks who is annotating, in a small dialog before the client window opens (the name goes to
     * the server as soon as it connects); empty when the user declines. Blocks until answered;
     * call it off the event thread.
     */
    public static Optional<String> askAnnotatorName(ClientPreferences.Theme theme) {
        return DisplayCheck.askAnnotatorName(theme);
    }

    /**
     * Shows the client window at once and opens the session in the background. Returns
     * immediately. {@link ClientLaunch#onExit()} runs after the user closed the window (and the
     * session was flushed), or when the window could not open at all; a close requested through
     * {@link #closeAndWait} does not run it, since its caller (e.g. a shutdown hook) is already
     * ending the program.
     */
    public static SwingClient launch(ClientLaunch launch) {
        SwingClient client = new SwingClient(launch);
        SwingUtilities.invokeLater(() -> {
            try {
                client.start();
            } catch (HeadlessException | AWTError e) {
                // No window means nobody can ever close it: end as if the user had.
                LOG.error("could not open the client window: {}", e.getMessage());
                launch.onExit().run();
            }
        });
        return client;
    }

    /** On the event thread. */
    private void start() {
        Themes.install(launch.preferences().theme());
        window = newWindow();
        connect();
    }

    private ClientWindow newWindow() {
        ClientWindow created = new ClientWindow(launch.title());
        created.status.annotator(launch.preferences().annotator());
        created.frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                closeFromWindow();
            }
        });
        created.retry.addActionListener(e -> connect());
        created.quit.addActionListener(e -> closeFromWindow());
        created.frame.getRootPane().registerKeyboardAction(e -> chooseAgain(),
                KeyStroke.getKeyStroke(KeyEvent.VK_O, InputEvent.CTRL_DOWN_MASK), JComponent.WHEN_IN_FOCUSED_WINDOW);
        created.frame.setVisible(true);
        return created;
    }

    /** The window once {@link #start()} ran; for tests that drive it. EDT only. */
    ClientWindow window() {
        return window;
    }

    private void connect() {
        window.connectingText.setText("Connecting to " + launch.title() + "\u2026");
        window.retry.setVisible(false);
        window.showCard(ClientWindow.CONNECTING);
        background.execute(() -> {
            try {
                // A dataset chosen already (a retry, or after a switch) is selected again by the connection.
                Optional<ServerDatasets> offered = launch.datasets().chosen().isPresent() ? Optional.empty()
                        : launch.datasets().offered();
                if (offered.isPresent()) {
                    SwingUtilities.invokeLater(() -> pick(offered.get(), false));
                    return;
                }
                open();
            } catch (Exception e) {
                SwingUtilities.invokeLater(() -> openFailed(e));
            }
        });
    }

    /** Off the event thread. */
    private void open() throws Exception {
        LabellingSession opened = launch.opener().open();
        SwingUtilities.invokeLater(() -> opened(opened));
    }

    /** Ctrl+O: the picker again, to switch datasets; nothing when the server has only one. */
    private void chooseAgain() {
        if (closing.begun() || session == null || launch.datasets().chosen().isEmpty()) {
            return;
        }
        background.execute(() -> {
            try {
                Optional<ServerDatasets> offered = launch.datasets().offered();
                offered.ifPresent(datasets -> SwingUtilities.invokeLater(() -> pick(datasets, true)));
            } catch (Exception e) {
                SwingUtilities.invokeLater(() -> window.status.message("Could not list the datasets: "
                        + e.getMessage()));
            }
        });
    }

    /**
     * On the event thread: the picker, then the chosen dataset opened. Switching sends and saves the
     * open dataset's edits first, then opens the other in a fresh window, so nothing of the first
     * (its views, undo, pending work) can act on the second.
     */
    private void pick(ServerDatasets datasets, boolean switching) {
        if (closing.begun()) {
            return;
        }
        DatasetPicker picker = new DatasetPicker(window.frame, launch.title(), datasets,
                launch.datasets().preselected(datasets), switching);
        pickerShown(picker);
        Optional<String> chosen = picker.ask();
        if (chosen.isEmpty() || closing.begun()
                || (switching && chosen.equals(launch.datasets().chosen()))) {
            return;
        }
        String name = chosen.get();
        LabellingSession previous = null;
        if (switching) {
            controller.freeze();
            previous = session;
            session = null;
            controller = null;
            ClientWindow old = window;
            window = newWindow();
            old.frame.dispose();
        }
        window.connectingText.setText("Opening " + name + " on " + launch.title() + "\u2026");
        window.retry.setVisible(false);
        window.showCard(ClientWindow.CONNECTING);
        LabellingSession closeFirst = previous;
        background.execute(() -> {
            try {
                if (closeFirst != null && !closeFirst.saveAndClose().close(WINDOW_CLOSE_WAIT)) {
                    LOG.warn("not every edit of the previous dataset reached the server before switching");
                }
                launch.datasets().choose(name);
                open();
            } catch (Exception e) {
                SwingUtilities.invokeLater(() -> openFailed(e));
            }
        });
    }

    /** Tests look at the picker while it is up (it is modal: {@link #pick} waits in it). */
    void pickerShown(DatasetPicker picker) {
        lastPicker = picker;
    }

    /** The picker shown last, for tests. EDT only. */
    DatasetPicker lastPicker() {
        return lastPicker;
    }

    private void opened(LabellingSession opened) {
        if (closing.begun()) {
            // The window closed while connecting; the executors may be gone already.
            new Thread(() -> opened.saveAndClose().close(WINDOW_CLOSE_WAIT), "fitt-close-late").start();
            return;
        }
        session = opened;
        launch.datasets().chosen().ifPresent(name -> {
            window.frame.setTitle("fitt \u2014 " + name + " \u2014 " + launch.title());
            window.status.datasetName(name);
        });
        long budget = Math.min(512L * 1024 * 1024, Runtime.getRuntime().maxMemory() / 4);
        controller = new ClientController(window, opened, launch.preferences(), launch.preferencesPort(), background,
                loader, (source, ready) -> new DecodedImages(source, budget, Workers.lowPriorityPool("images", 2), ready),
                launch.local(), launch.admin());
        window.showCard(ClientWindow.LABELLING);
    }

    private void openFailed(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        window.connectingText.setText("<html><div style='text-align:center'>Could not open " + launch.title()
                + ":<br>" + escape(message) + "</div></html>");
        window.retry.setVisible(true);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private void closeFromWindow() {
        begin(WINDOW_CLOSE_WAIT, true);
    }

    /**
     * Flushes pending edits, asks the server to save, closes the session and the window. Blocks at
     * most about {@code maxWait}; call it off the Swing event thread. True when every edit and the
     * final save reached the server (also true when nothing was open yet).
     */
    public boolean closeAndWait(Duration maxWait) {
        try {
            return begin(maxWait, false).get(maxWait.toMillis() + 5_000, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException e) {
            return false;
        }
    }

    /** Starts closing once; later calls get the same outcome. */
    private CompletableFuture<Boolean> begin(Duration maxWait, boolean fromWindow) {
        return closing.begin(maxWait, () -> {
            if (controller != null) {
                controller.freeze();
            }
        }, () -> session, (delivered, unsent) -> closed(delivered, unsent, fromWindow));
    }

    private void closed(boolean delivered, int unsent, boolean fromWindow) {
        if (!delivered && fromWindow) {
            JOptionPane.showMessageDialog(window.frame, "Could not deliver everything to the server before closing ("
                    + unsent + (unsent == 1 ? " edit or save" : " edits or saves") + " unconfirmed).\n"
                    + "Edits the server did receive are kept; check the connection and the server's log.",
                    "fitt \u2014 closing", JOptionPane.WARNING_MESSAGE);
        }
        window.frame.dispose();
        background.shutdown();
        loader.shutdownNow();
        if (fromWindow) {
            launch.onExit().run();
        }
    }
}
