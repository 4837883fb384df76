package dev.fitt.bootstrap.server;

import dev.fitt.adapters.csv.CsvFolderConfig;
import dev.fitt.bootstrap.modules.DatabaseDatasets;
import dev.fitt.bootstrap.settings.DatabaseSettings;
import dev.fitt.bootstrap.settings.DatasetServing;
import dev.fitt.domain.AutosavePolicy;
import dev.fitt.ports.DatasetLoadException;
import dev.fitt.server.service.DatasetCatalog;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The datasets of a PostgreSQL database, served from one port as a folder's are. Start-up imports
 * the folder's data CSVs the database lacks and lists the database's datasets (one query); each is
 * read only when a client first asks for it. The save folder is held only while a dataset exports.
 */
final class DatabaseFolderData implements ServedData {
    private final DatabaseSettings database;
    private final CsvFolderConfig config;
    private final Path workingDirectory;
    private final AutosavePolicy autosave;
    private final DatasetServing serving;

    DatabaseFolderData(DatabaseSettings database, CsvFolderConfig config, Path workingDirectory,
            AutosavePolicy autosave, DatasetServing serving) {
        this.database = Objects.requireNonNull(database, "database");
        this.config = Objects.requireNonNull(config, "config");
        this.workingDirectory = Objects.requireNonNull(workingDirectory, "workingDirectory");
        this.autosave = Objects.requireNonNull(autosave, "autosave");
        this.serving = Objects.requireNonNull(serving, "serving");
    }

    @Override
    public RunningData start() throws DatasetLoadException {
        DatabaseDatasets sources = DatabaseDatasets.open(database, config, workingDirectory);
        try {
            List<String> names = sources.names();
            DatasetCatalog catalog = new DatasetCatalog(sources, autosave, serving.idle(),
                    serving.defaultDatasetIfSet()).start();
            return new RunningCatalog(catalog, names, config, serving, sources::close);
        } catch (DatasetLoadException | RuntimeException e) {
            sources.close();
            throw e;
        }
    }
}
