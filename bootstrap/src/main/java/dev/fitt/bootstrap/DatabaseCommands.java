package dev.fitt.bootstrap;

import dev.fitt.bootstrap.settings.ServerSettings;
import dev.fitt.bootstrap.settings.SettingsException;
import dev.fitt.bootstrap.settings.SettingsLoader;
import java.nio.file.Path;

/** What {@code fitt import} and {@code fitt export} share: server settings that name a database. */
final class DatabaseCommands {
    private DatabaseCommands() {
    }

    static ServerSettings loadWithDatabase(Path config, Path workingDirectory) {
        ServerSettings settings = new SettingsLoader().loadServer(config).resolvedAgainst(workingDirectory);
        if (settings.database().isEmpty()) {
            throw new SettingsException(config + ": no field \"database\": labels are in CSV files; add"
                    + " \"database\": {\"url\": \"jdbc:postgresql://host:5432/db\", \"user\": \"...\"}"
                    + " to import into or export from PostgreSQL", SettingsException.BAD_SETTINGS);
        }
        return settings;
    }
}
