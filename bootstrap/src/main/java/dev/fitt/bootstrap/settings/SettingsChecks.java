package dev.fitt.bootstrap.settings;

import java.nio.file.Path;

/** The checks the tuning's values share; messages name the JSON field, the loader adds the file. */
final class SettingsChecks {
    private SettingsChecks() {
    }

    static void atLeast(String field, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException("field \"" + field + "\" must be at least " + min + ", got " + value);
        }
    }

    static Path resolve(Path workingDirectory, Path path) {
        return path == null ? null : workingDirectory.resolve(path).normalize();
    }
}
