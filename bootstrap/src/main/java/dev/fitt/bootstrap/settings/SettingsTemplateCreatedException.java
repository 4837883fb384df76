package dev.fitt.bootstrap.settings;

import java.nio.file.Path;

/**
 * The server settings file was missing, so a template was written for the user to fill in.
 * Like the original server, starting without real paths is pointless: the caller should stop.
 */
public final class SettingsTemplateCreatedException extends SettingsException {
    private final Path file;

    SettingsTemplateCreatedException(Path file, String message) {
        super(message, BAD_SETTINGS);
        this.file = file;
    }

    /** The template that was written. */
    public Path file() {
        return file;
    }
}
