package dev.fitt.bootstrap.settings;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The client's settings, as in the original client_setting.json plus the look ({@code theme}).
 *
 * @param autosave save after this many changes; 0 means never by count (only on request)
 * @param adminToken the server's admin token, for the settings dialog's "Server" tab; null: no tab
 * @param annotator the name the server records this annotator's changes under; null until asked
 * @param lastDataset the dataset chosen last on a server with several; null: none yet
 * @param reviewer {@code role: "reviewer"}: the client opens in review mode
 */
public record ClientSettings(String host, int port, boolean multipleSelection, int autosave, Theme theme,
        String accessToken, Path tlsCertificate, String adminToken, String annotator, String lastDataset,
        boolean reviewer) {
    /** Longest annotator name: a display name, as the server takes it. */
    public static final int MAX_ANNOTATOR = 100;

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = ServerSettings.DEFAULT_PORT;
    /**
     * No save request per edit: every change is durable on the server (its journal) before it is
     * acknowledged, and the server saves the CSV by itself; a request per key press only asked
     * for full rewrites of the CSV. The client still asks on close and on S; an explicit
     * {@code autosave} in the file is kept.
     */
    public static final int DEFAULT_AUTOSAVE = 0;

    /** The original's fields plus the theme; no access token, plain TCP. */
    public ClientSettings(String host, int port, boolean multipleSelection, int autosave, Theme theme) {
        this(host, port, multipleSelection, autosave, theme, null, null, null, null, null);
    }

    /** Without the server's admin token or an annotator's name, no dataset chosen yet. */
    public ClientSettings(String host, int port, boolean multipleSelection, int autosave, Theme theme,
            String accessToken, Path tlsCertificate) {
        this(host, port, multipleSelection, autosave, theme, accessToken, tlsCertificate, null, null, null);
    }

    /** An annotator's settings (role "annotator"). */
    public ClientSettings(String host, int port, boolean multipleSelection, int autosave, Theme theme,
            String accessToken, Path tlsCertificate, String adminToken, String annotator, String lastDataset) {
        this(host, port, multipleSelection, autosave, theme, accessToken, tlsCertificate, adminToken, annotator,
                lastDataset, false);
    }

    public ClientSettings {
        if (annotator != null && (annotator.isBlank() || annotator.strip().length() > MAX_ANNOTATOR)) {
            throw new IllegalArgumentException("field \"annotator\" must be 1 to " + MAX_ANNOTATOR
                    + " characters and not only spaces (leave it out to be asked at the next start)");
        }
        annotator = annotator == null ? null : annotator.strip();
        if (adminToken != null && adminToken.isBlank()) {
            throw new IllegalArgumentException("field \"admin_token\" must not be empty (leave it out for no Server"
                    + " tab)");
        }
        if (lastDataset != null && lastDataset.isBlank()) {
            lastDataset = null;
        }
        if (accessToken != null && accessToken.isBlank()) {
            throw new IllegalArgumentException("field \"access_token\" must not be empty (leave it out for no token)");
        }
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("field \"host\" must not be empty");
        }
        PortRange.check(port);
        if (autosave < 0) {
            throw new IllegalArgumentException("field \"autosave\" must be 0 or more, got " + autosave);
        }
        Objects.requireNonNull(theme, "theme");
    }

    public static ClientSettings defaults() {
        return new ClientSettings(DEFAULT_HOST, DEFAULT_PORT, false, DEFAULT_AUTOSAVE, Theme.LIGHT);
    }

    /** The same connection security with the fields a user edits in the settings dialog replaced. */
    public ClientSettings withEditable(String newHost, int newPort, boolean newMultipleSelection, int newAutosave,
            Theme newTheme) {
        return new ClientSettings(newHost, newPort, newMultipleSelection, newAutosave, newTheme, accessToken,
                tlsCertificate, adminToken, annotator, lastDataset, reviewer);
    }

    /** The same settings with the annotator's name set. */
    public ClientSettings withAnnotator(String name) {
        return new ClientSettings(host, port, multipleSelection, autosave, theme, accessToken, tlsCertificate,
                adminToken, name, lastDataset, reviewer);
    }

    /** The same settings remembering {@code dataset} as the one chosen last (a server with several). */
    public ClientSettings withLastDataset(String dataset) {
        return new ClientSettings(host, port, multipleSelection, autosave, theme, accessToken, tlsCertificate,
                adminToken, annotator, dataset, reviewer);
    }

    /** A relative certificate path, as written, resolved against the working directory. */
    public ClientSettings resolvedAgainst(Path workingDirectory) {
        return tlsCertificate == null ? this : new ClientSettings(host, port, multipleSelection, autosave, theme,
                accessToken, workingDirectory.resolve(tlsCertificate).normalize(), adminToken, annotator, lastDataset,
                reviewer);
    }
}
