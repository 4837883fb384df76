package dev.fitt.adapters.swing;

import dev.fitt.client.port.out.ClientPreferences;
import dev.fitt.client.port.out.ClientPreferencesPort;
import java.io.IOException;
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
    private ClientPreferences preferences;

    SettingsSaver(ClientWindow window, ClientPreferences preferences, ClientPreferencesPort preferencesPort,
            ExecutorService background, Feedback feedback, Repaint repaint) {
        this.window = window;
        this.preferences = preferences;
        this.preferencesPort = preferencesPort;
        this.background = background;
        this.feedback = feedback;
        this.repaint = repaint;
    }

    void open() {
        new SettingsDialog(window.frame, preferences, preferencesPort.location()).ask().ifPresent(chosen -> {
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
