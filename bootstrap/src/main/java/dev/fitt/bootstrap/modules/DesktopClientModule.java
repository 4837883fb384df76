package dev.fitt.bootstrap.modules;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import dev.fitt.bootstrap.client.SwingClientRunner;
import dev.fitt.bootstrap.client.JsonClientPreferences;
import dev.fitt.bootstrap.settings.SettingsLoader;
import dev.fitt.client.port.out.ClientPreferencesPort;
import java.nio.file.Path;
import java.util.Objects;

/** The desktop client's window and its preferences, kept in client_setting.json. */
public final class DesktopClientModule extends AbstractModule {
    private final Path settingsFile;
    private final SettingsLoader loader;
    private final boolean local;

    /** @param local the server runs in this process ({@code fitt tag}) */
    public DesktopClientModule(Path settingsFile, SettingsLoader loader, boolean local) {
        this.settingsFile = Objects.requireNonNull(settingsFile, "settingsFile");
        this.loader = Objects.requireNonNull(loader, "loader");
        this.local = local;
    }

    @Override
    protected void configure() {
        bind(ClientPreferencesPort.class).toInstance(new JsonClientPreferences(settingsFile, loader));
    }

    @Provides
    SwingClientRunner swingClientRunner(ClientPreferencesPort preferencesPort) {
        return new SwingClientRunner(preferencesPort, local);
    }
}
