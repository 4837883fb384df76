package dev.fitt.adapters.swing;

import dev.fitt.client.port.out.ClientPreferences;
import dev.fitt.client.port.out.ClientPreferencesPort;
import java.util.Objects;

/**
 * What bootstrap hands the Swing client: the window title suffix (dataset or server), how to open
 * the session, the settings it was started with, where the settings dialog writes them, and what
 * to do once the window has closed (e.g. exit the JVM), and whether the server runs in this
 * process ({@code fitt tag}), so the window does not speak of "the server".
 */
public record ClientLaunch(String title, SessionOpener opener, ClientPreferences preferences,
        ClientPreferencesPort preferencesPort, Runnable onExit, boolean local) {
    public ClientLaunch {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(opener, "opener");
        Objects.requireNonNull(preferences, "preferences");
        Objects.requireNonNull(preferencesPort, "preferencesPort");
        Objects.requireNonNull(onExit, "onExit");
    }

    /** A client of a separate server. */
    public ClientLaunch(String title, SessionOpener opener, ClientPreferences preferences,
            ClientPreferencesPort preferencesPort, Runnable onExit) {
        this(title, opener, preferences, preferencesPort, onExit, false);
    }
}
