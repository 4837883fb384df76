package dev.fitt.bootstrap.client;

import dev.fitt.bootstrap.settings.ClientSettings;
import dev.fitt.bootstrap.settings.SettingsException;
import dev.fitt.bootstrap.settings.SettingsLoader;
import dev.fitt.bootstrap.settings.Theme;
import dev.fitt.client.port.out.ClientPreferences;
import dev.fitt.client.port.out.ClientPreferencesPort;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/** The settings dialog's storage: client_setting.json, read and rewritten with the same rules as at start. */
public final class JsonClientPreferences implements ClientPreferencesPort {
    private final Path file;
    private final SettingsLoader loader;

    public JsonClientPreferences(Path file, SettingsLoader loader) {
        this.file = Objects.requireNonNull(file, "file");
        this.loader = Objects.requireNonNull(loader, "loader");
    }

    @Override
    public ClientPreferences load() throws IOException {
        try {
            return toPreferences(loader.loadClient(file));
        } catch (SettingsException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    @Override
    public void save(ClientPreferences preferences) throws IOException {
        try {
            // Keep what the dialog does not show (token, certificate) as it is in the file; no name
            // given keeps the file's (the dialog cannot clear it: a name, once given, stays).
            ClientSettings current = loader.loadClient(file);
            ClientSettings edited = current.withEditable(preferences.host(), preferences.port(),
                    preferences.multipleSelection(), preferences.autosave(), theme(preferences));
            loader.saveClient(file, preferences.annotator().isEmpty() ? edited
                    : edited.withAnnotator(preferences.annotator()));
        } catch (SettingsException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    @Override
    public Optional<String> lastDataset() throws IOException {
        try {
            return Optional.ofNullable(loader.loadClient(file).lastDataset());
        } catch (SettingsException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** Rewrites the file with the choice, keeping every other field as it is there. */
    @Override
    public void rememberDataset(String name) throws IOException {
        try {
            loader.saveClient(file, loader.loadClient(file).withLastDataset(name));
        } catch (SettingsException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    @Override
    public String location() {
        return file.toAbsolutePath().toString();
    }

    public static ClientPreferences toPreferences(ClientSettings s) {
        return new ClientPreferences(s.host(), s.port(), s.multipleSelection(), s.autosave(),
                s.theme() == Theme.DARK ? ClientPreferences.Theme.DARK : ClientPreferences.Theme.LIGHT,
                s.annotator() == null ? "" : s.annotator(), s.reviewer());
    }

    private static Theme theme(ClientPreferences p) {
        return p.theme() == ClientPreferences.Theme.DARK ? Theme.DARK : Theme.LIGHT;
    }
}
