package dev.fitt.bootstrap.client;

import dev.fitt.adapters.swing.ClientLaunch;
import dev.fitt.adapters.swing.SwingClient;
import dev.fitt.client.service.ClientCore;
import dev.fitt.client.service.DatasetChoice;
import dev.fitt.client.service.NoTeamWork;
import dev.fitt.client.service.SessionSettings;
import dev.fitt.client.port.out.ClientPreferences;
import dev.fitt.client.port.out.ClientPreferencesPort;
import dev.fitt.client.port.out.ServerAdminPort;
import dev.fitt.client.port.out.TaggingServerPort;
import dev.fitt.client.port.out.TeamWorkPort;
import dev.fitt.client.service.NoTeamWork;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the desktop client on a server port until the user closes the window or the process gets
 * a stop signal; either way pending edits are flushed and saved first.
 */
public final class SwingClientRunner {
    private static final Logger LOG = LoggerFactory.getLogger(SwingClientRunner.class);
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(10);

    private final ClientPreferencesPort preferencesPort;
    private final boolean local;

    /** {@code local}: the server runs in this process ({@code fitt tag}). */
    public SwingClientRunner(ClientPreferencesPort preferencesPort, boolean local) {
        this.local = local;
        this.preferencesPort = Objects.requireNonNull(preferencesPort, "preferencesPort");
    }

    /**
     * The one line a window command prints instead of starting when this machine cannot show a
     * window, or empty when it can.
     *
     * @param command as the user typed it, e.g. "fitt client"
     */
    public static Optional<String> noDisplayMessage(String command) {
        // -a: a plain xvfb-run fails whenever display :99 is taken (a build under xvfb-run, say).
        return SwingClient.whyNoDisplay().map(why -> command + " needs a display: " + why
                + " (on a headless machine: xvfb-run -a ./" + command + ")");
    }

    /**
     * Shows the window on {@code server} and blocks until it is closed or {@code stopSignal} fires;
     * the server port stays the caller's to close.
     *
     *
     * @param preferences as the client starts with them (the settings file's, or the demo's server)
     * @param stopSignal  counted down by a SIGINT/SIGTERM handler
     */
    public void run(TaggingServerPort server, ClientPreferences preferences, String title, CountDownLatch stopSignal)
            throws InterruptedException {
        run(server, new NoTeamWork(), Optional.empty(), preferences, title, stopSignal);
    }

    /**
     * The same, with the settings dialog's "Server" tab when {@code admin} is present (the user has
     * the server's admin token; it stays the caller's to close), and the server's team work
     * ({@link NoTeamWork} for a server without it).
     */
    public void run(TaggingServerPort server, Optional<ServerAdminPort> admin, ClientPreferences preferences,
            String title, CountDownLatch stopSignal) throws InterruptedException {
        run(server, new NoTeamWork(), admin, preferences, title, stopSignal);
    }

    /** The same with the server's team work: who did what per frame, and review. */
    public void run(TaggingServerPort server, TeamWorkPort teamWork, Optional<ServerAdminPort> admin,
            ClientPreferences preferences, String title, CountDownLatch stopSignal) throws InterruptedException {
        CountDownLatch closed = new CountDownLatch(1);
        SessionSettings settings = SessionSettings.of(preferences.multipleSelection(), preferences.autosave());
        // Each session closes the server it was given: kept open here, so that switching datasets
        // goes on over the same connection; this client's caller closes the server at the end.
        TaggingServerPort shared = SharedServer.keptOpen(server);
        SwingClient handle = SwingClient.launch(new ClientLaunch(title, () -> ClientCore.open(shared, settings, teamWork),
                preferences, preferencesPort, closed::countDown, local, new DatasetChoice(server, preferencesPort),
                admin));
        Thread relay = new Thread(() -> {
            try {
                stopSignal.await();
                closed.countDown();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "fitt-stop-relay");
        relay.setDaemon(true);
        relay.start();
        closed.await();
        if (stopSignal.getCount() == 0) {
            LOG.info("stop signal: sending pending edits and saving");
            if (!handle.closeAndWait(CLOSE_WAIT)) {
                LOG.warn("not every edit reached the server within {} s", CLOSE_WAIT.toSeconds());
            }
        }
        relay.interrupt();
    }
}
