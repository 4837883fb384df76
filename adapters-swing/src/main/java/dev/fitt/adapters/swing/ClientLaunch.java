package dev.fitt.adapters.swing;

import dev.fitt.client.port.out.ClientPreferences;
import dev.fitt.client.port.out.ClientPreferencesPort;
import dev.fitt.client.port.in.ChooseDatasetUseCase;
import dev.fitt.client.port.out.ServerAdminPort;
import dev.fitt.client.port.out.ServerDatasets;
import java.util.Objects;
import java.util.Optional;

/**
 * What bootstrap hands the Swing client: the window title suffix (dataset or server), how to open
 * the session, the settings it was started with, where the settings dialog writes them, and what
 * to do once the window has closed (e.g. exit the JVM), and whether the server runs in this
 * process ({@code fitt tag}), so the window does not speak of "the server"; and, for a server with
 * several datasets, how to choose one (a picker at start and on Ctrl+O). With {@code admin} (the
 * annotator has the server's admin token) the settings dialog has a "Server" tab.
 */
public record ClientLaunch(String title, SessionOpener opener, ClientPreferences preferences,
        ClientPreferencesPort preferencesPort, Runnable onExit, boolean local, ChooseDatasetUseCase datasets,
        Optional<ServerAdminPort> admin) {
    /** A server with one dataset: nothing to choose. */
    static final ChooseDatasetUseCase ONE_DATASET = new ChooseDatasetUseCase() {
        @Override
        public Optional<ServerDatasets> offered() {
            return Optional.empty();
        }

        @Override
        public String preselected(ServerDatasets datasets) {
            return datasets.selected();
        }

        @Override
        public void choose(String name) {
            throw new UnsupportedOperationException("this server offers one dataset");
        }

        @Override
        public Optional<String> chosen() {
            return Optional.empty();
        }
    };

    public ClientLaunch {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(opener, "opener");
        Objects.requireNonNull(preferences, "preferences");
        Objects.requireNonNull(preferencesPort, "preferencesPort");
        Objects.requireNonNull(onExit, "onExit");
        Objects.requireNonNull(datasets, "datasets");
        Objects.requireNonNull(admin, "admin");
    }

    /** Without administration: no "Server" tab in the settings dialog. */
    public ClientLaunch(String title, SessionOpener opener, ClientPreferences preferences,
            ClientPreferencesPort preferencesPort, Runnable onExit, boolean local, ChooseDatasetUseCase datasets) {
        this(title, opener, preferences, preferencesPort, onExit, local, datasets, Optional.empty());
    }

    /**
     * A server with one dataset, or whose datasets this client does not choose among; with the
     * "Server" tab when {@code admin} is present.
     */
    public ClientLaunch(String title, SessionOpener opener, ClientPreferences preferences,
            ClientPreferencesPort preferencesPort, Runnable onExit, boolean local, Optional<ServerAdminPort> admin) {
        this(title, opener, preferences, preferencesPort, onExit, local, ONE_DATASET, admin);
    }

    /** A server with one dataset, or whose datasets this client does not choose among. */
    public ClientLaunch(String title, SessionOpener opener, ClientPreferences preferences,
            ClientPreferencesPort preferencesPort, Runnable onExit, boolean local) {
        this(title, opener, preferences, preferencesPort, onExit, local, ONE_DATASET, Optional.empty());
    }

    /** A client of a separate server. */
    public ClientLaunch(String title, SessionOpener opener, ClientPreferences preferences,
            ClientPreferencesPort preferencesPort, Runnable onExit) {
        this(title, opener, preferences, preferencesPort, onExit, false);
    }
}
