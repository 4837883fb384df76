package dev.fitt.adapters.swing;

import dev.fitt.client.port.out.ClientPreferences;
import dev.fitt.client.port.out.ClientPreferencesPort;
import dev.fitt.client.port.out.ServerAdminPort;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import javax.swing.SwingUtilities;

/**
 * Ctrl+,: the settings dialog; applies a new theme at once and writes the file on a background
 * thread, so a slow disk never stalls the window. EDT only.
 */
final class SettingsSaver {
    private final ClientWindow window;
    private final ClientPreferencesPort preferencesPort;
    private final ExecutorService background;
    private final Feedback feedback;
    private final Repaint repaint;
    private final Optional<ServerAdminPort> admin;
    private ClientPreferences preferences;

    SettingsSaver(ClientWindow window, ClientPreferences preferences, ClientPreferencesPort preferencesPort,
            ExecutorService background, Feedback feedback, Repaint repaint) {
        this(window, preferences, preferencesPort, Optional.empty(), background, feedback, repaint);
    }

    /** {@code admin}: present when the annotator has the server's admin token (a "Server" tab). */
    SettingsSaver(ClientWindow window, ClientPreferences preferences, ClientPreferencesPort preferencesPort,
            Optional<ServerAdminPort> admin, ExecutorService background, Feedback feedback, Repaint repaint) {
        this.admin = admin;
        this.window = window;
        this.preferences = preferences;
        this.preferencesPort = preferencesPort;
        this.background = background;
        this.feedback = feedback;
        this.repaint = repaint;
    }

    void open() {
        new SettingsDialog(window.frame, preferences, preferencesPort.location(),
                admin.map(server -> new ServerSettingsTab(server, background))).ask().ifPresent(chosen -> {
            if (chosen.theme() != preferences.theme()) {
                Themes.apply(chosen.theme());
            }
            preferences = chosen;
            background.execute(() -> {
                try {
                    preferencesPort.save(chosen);
                    SwingUtilities.invokeLater(() -> feedback.note("Settings saved to " + preferencesPort.location()));
                } catch (IOException | RuntimeException e) {
                    SwingUtilities.invokeLater(() -> feedback.problem("Could not write the settings file "
                            + preferencesPort.location() + ": " + e.getMessage()));
                }
            });
            repaint.renderNow();
        });
    }
}
