package dev.fitt.adapters.swing;

import dev.fitt.client.port.in.LabellingSession;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JOptionPane;
import javax.swing.SwingUtilities;

/**
 * The client's life: show the window, open the session in the background (with "try again" on
 * failure), hand it to a {@link ClientController}, and close exactly once, flushing edits off the
 * event thread.
 */
final class ClientApp implements ClientHandle {
    static final Duration WINDOW_CLOSE_WAIT = Duration.ofSeconds(10);
    private static final Duration FREEZE_WAIT = Duration.ofSeconds(1);

    private final ClientLaunch launch;
    private final ExecutorService background = Workers.single("client");
    private final ExecutorService loader = Workers.single("load-all");
    private final AtomicReference<CompletableFuture<Boolean>> closing = new AtomicReference<>();
    private volatile LabellingSession session;
    private ClientWindow window;
    private ClientController controller;

    ClientApp(ClientLaunch launch) {
        this.launch = launch;
    }

    /** On the event thread. */
    void start() {
        Themes.install(launch.preferences().theme());
        window = new ClientWindow(launch.title());
        window.frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                closeFromWindow();
            }
        });
        window.retry.addActionListener(e -> connect());
        window.quit.addActionListener(e -> closeFromWindow());
        window.frame.setVisible(true);
        connect();
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
                LabellingSession opened = launch.opener().open();
                SwingUtilities.invokeLater(() -> opened(opened));
            } catch (Exception e) {
                SwingUtilities.invokeLater(() -> openFailed(e));
            }
        });
    }

    private void opened(LabellingSession opened) {
        if (closing.get() != null) {
            // The window closed while connecting; the executors may be gone already.
            new Thread(() -> opened.saveAndClose().close(WINDOW_CLOSE_WAIT), "fitt-close-late").start();
            return;
        }
        session = opened;
        long budget = Math.min(512L * 1024 * 1024, Runtime.getRuntime().maxMemory() / 4);
        controller = new ClientController(window, opened, launch.preferences(), launch.preferencesPort(), background,
                loader, (source, ready) -> new DecodedImages(source, budget, Workers.lowPriorityPool("images", 2), ready),
                launch.local());
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

    @Override
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
        CompletableFuture<Boolean> outcome = new CompletableFuture<>();
        if (!closing.compareAndSet(null, outcome)) {
            return closing.get();
        }
        CountDownLatch frozen = new CountDownLatch(1);
        EdtListener.onEdt(() -> {
            if (controller != null) {
                controller.freeze();
            }
            frozen.countDown();
        });
        Thread closer = new Thread(() -> {
            // The session is the event thread's: let it stop using it first, unless it is stuck.
            awaitQuietly(frozen, FREEZE_WAIT);
            LabellingSession open = session;
            boolean delivered = open == null || open.saveAndClose().close(maxWait);
            int unsent = open == null ? 0 : open.state().pendingEdits();
            outcome.complete(delivered);
            SwingUtilities.invokeLater(() -> closed(delivered, unsent, fromWindow));
        }, "fitt-close");
        closer.start();
        return outcome;
    }

    private static void awaitQuietly(CountDownLatch latch, Duration maxWait) {
        try {
            latch.await(maxWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
