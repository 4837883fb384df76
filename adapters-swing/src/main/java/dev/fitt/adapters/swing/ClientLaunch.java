package dev.fitt.adapters.swing;

import dev.fitt.client.port.out.ClientPreferences;
import dev.fitt.client.port.out.ClientPreferencesPort;
import dev.fitt.client.port.out.ServerAdminPort;
import java.util.Objects;
import java.util.Optional;

/**
 * What bootstrap hands the Swing client: the window title suffix (dataset or server), how to open
 * the session, the settings it was started with, where the settings dialog writes them, and what
 * to do once the window has closed (e.g. exit the JVM), and whether the server runs in this
 * process ({@code fitt tag}), so the window does not speak of "the server". With {@code admin} (the
 * annotator has the server's admin token) the settings dialog has a "Server" tab.
 */
public record ClientLaunch(String title, SessionOpener opener, ClientPreferences preferences,
        ClientPreferencesPort preferencesPort, Runnable onExit, boolean local, Optional<ServerAdminPort> admin) {
    public ClientLaunch {
        Objects.requireNonNull(admin, "admin");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(opener, "opener");
        Objects.requireNonNull(preferences, "preferences");
        Objects.requireNonNull(preferencesPort, "preferencesPort");
        Objects.requireNonNull(onExit, "onExit");
    }

    /** Without administration: no "Server" tab in the settings dialog. */
    public ClientLaunch(String title, SessionOpener opener, ClientPreferences preferences,
            ClientPreferencesPort preferencesPort, Runnable onExit, boolean local) {
        this(title, opener, preferences, preferencesPort, onExit, local, Optional.empty());
    }

    /** A client of a separate server. */
    public ClientLaunch(String title, SessionOpener opener, ClientPreferences preferences,
            ClientPreferencesPort preferencesPort, Runnable onExit) {
        this(title, opener, preferences, preferencesPort, onExit, false);
    }
}
