package dev.fitt.client.port.out;

import java.util.Objects;

/**
 * What an annotator can set in the client (client_setting.json): where the server is, the
 * selection mode, autosave every N edits (0 = only on close) and the theme.
 */
public record ClientPreferences(String host, int port, boolean multipleSelection, int autosave, Theme theme) {
    public enum Theme { LIGHT, DARK }

    public ClientPreferences {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(theme, "theme");
        if (host.isBlank()) {
            throw new IllegalArgumentException("host must not be blank");
        }
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("port must be 1..65535, got " + port);
        }
        if (autosave < 0) {
            throw new IllegalArgumentException("autosave must be >= 0, got " + autosave);
        }
    }

    public static ClientPreferences defaults() {
        return new ClientPreferences("127.0.0.1", 52973, false, 1, Theme.LIGHT);
    }
}
