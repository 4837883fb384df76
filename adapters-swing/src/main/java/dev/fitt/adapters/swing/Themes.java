package dev.fitt.adapters.swing;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import dev.fitt.client.port.out.ClientPreferences.Theme;

/** Installs the FlatLaf theme of the preferences, at start and live from the settings dialog. */
final class Themes {
    private Themes() {
    }

    static void install(Theme theme) {
        if (theme == Theme.DARK) {
            FlatDarkLaf.setup();
        } else {
            FlatLightLaf.setup();
        }
    }

    /** Switches every open window to {@code theme}; call on the event thread. */
    static void apply(Theme theme) {
        install(theme);
        FlatLaf.updateUI();
    }
}
