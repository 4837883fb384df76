package dev.fitt.client.port.out;

import java.util.Objects;

/**
 * What an annotator can set in the client (client_setting.json): where the server is, the
 * selection mode, autosave every N edits (0 = only on close), the theme, the annotator's name
 * (empty when not set), under which the server records their changes, and whether they review
 * others' frames ({@code role: "reviewer"}) rather than label.
 */
public record ClientPreferences(String host, int port, boolean multipleSelection, int autosave, Theme theme,
        String annotator, boolean reviewer) {
    public enum Theme { LIGHT, DARK }

    /** Without an annotator's name. */
    public ClientPreferences(String host, int port, boolean multipleSelection, int autosave, Theme theme) {
        this(host, port, multipleSelection, autosave, theme, "");
    }

    /** An annotator's (not a reviewer's). */
    public ClientPreferences(String host, int port, boolean multipleSelection, int autosave, Theme theme,
            String annotator) {
        this(host, port, multipleSelection, autosave, theme, annotator, false);
    }

    public ClientPreferences {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(annotator, "annotator");
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
