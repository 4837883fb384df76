package dev.fitt.bootstrap;

import dev.fitt.adapters.csv.CsvAdapter;
import dev.fitt.adapters.csv.CsvFolderConfig;
import dev.fitt.adapters.csv.CsvStoreConfig;
import dev.fitt.adapters.csv.ImageAccess;
import dev.fitt.adapters.postgres.PostgresConfig;
import dev.fitt.adapters.postgres.PostgresDatabase;
import dev.fitt.bootstrap.modules.DatabaseDatasets;
import dev.fitt.bootstrap.server.ServerModules;
import dev.fitt.bootstrap.settings.DatabaseSettings;
import dev.fitt.bootstrap.settings.ImageSettings;
import dev.fitt.bootstrap.settings.ServerSettings;
import dev.fitt.bootstrap.settings.SettingsException;
import dev.fitt.ports.DatasetLoadException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One dataset of a server whose {@code csv_dir} is a folder, as the settings of a server of that one
 * data file: the same data CSV, meta CSV ({@code <name>.meta.csv} when there is one), output,
 * journal and output lock as the folder's server uses for it, so a command that works on one file
 * works on it unchanged.
 */
final class FolderDataset {
    private FolderDataset() {
    }

    /**
     * @param name the dataset named on the command line, or null
     * @param fromDatabase pick among the database's datasets (else the folder's data CSVs)
     * @return {@code settings} unchanged when they name one data file
     * @throws SettingsException (exit 2) on a folder when {@code name} is missing or unknown, naming the datasets there are
     */
    static ServerSettings chosen(ServerSettings settings, String name, boolean fromDatabase, Path workingDirectory)
            throws DatasetLoadException {
        if (!ServerModules.servesFolder(settings)) {
            if (name != null) {
                throw new SettingsException("--dataset " + name + ": field \"csv_dir\" names one data file ("
                        + settings.csvDir() + "), not a folder of datasets; leave --dataset out",
                        SettingsException.BAD_SETTINGS);
            }
            return settings;
        }
        CsvFolderConfig folder = folderOf(settings);
        // The shown name -> the data CSV it is exported through, as the folder's server finds it.
        SortedMap<String, CsvStoreConfig> datasets = new TreeMap<>();
        if (fromDatabase) {
            datasets.putAll(databaseDatasets(settings.database().orElseThrow(), folder));
        } else {
            for (String each : CsvAdapter.datasetFolder(folder, workingDirectory).names()) {
                datasets.put(each, folder.dataset(each));
            }
        }
        String where = fromDatabase ? "the database" : String.valueOf(settings.csvDir());
        String there = String.join(", ", datasets.keySet());
        if (name == null) {
            throw new SettingsException("field \"csv_dir\" names a folder of datasets (" + settings.csvDir()
                    + "): name one with --dataset; " + where + " holds " + there, SettingsException.BAD_SETTINGS);
        }
        CsvStoreConfig dataset = datasets.get(name);
        if (dataset == null) {
            throw new SettingsException("--dataset " + name + ": there is no dataset of that name in " + where
                    + "; there are " + there, SettingsException.BAD_SETTINGS);
        }
        if (!Files.isRegularFile(dataset.dataCsv())) {
            // The CSV store writes the labelled CSV by copying the data CSV's other cells.
            throw new SettingsException("--dataset " + name + ": its data CSV " + dataset.dataCsv()
                    + " is not there; the labelled CSV is written from it", SettingsException.BAD_SETTINGS);
        }
        return new ServerSettings(settings.host(), settings.port(), dataset.dataCsv(), settings.csvSaveDir(),
                dataset.metaCsv(), settings.saveToSameFile(), settings.tuning(), settings.databaseOrNull(),
                settings.datasets());
    }

    private static CsvFolderConfig folderOf(ServerSettings settings) {
        ImageSettings images = settings.tuning().images();
        return new CsvFolderConfig(settings.csvDir(), settings.metaPath(), settings.csvSaveDir(),
                settings.saveToSameFile(), settings.tuning().saving().saveCpuPercent(),
                new ImageAccess(images.imageRoot(), images.allowImagesOutsideRoot()));
    }

    /**
     * Shown without {@code .csv}, as the folder's server lists them; the first of two that differ only
     * by it, as there. A dataset is named after its data file in the database, so the export (which
     * names it by the file) finds the same one.
     */
    private static SortedMap<String, CsvStoreConfig> databaseDatasets(DatabaseSettings settings,
            CsvFolderConfig folder) throws DatasetLoadException {
        SortedMap<String, CsvStoreConfig> shown = new TreeMap<>();
        try (PostgresDatabase database = PostgresDatabase.openForDatasets(
                new PostgresConfig(settings.url(), settings.user(), settings.password()))) {
            for (Map.Entry<String, String> stored : database.datasets().entrySet()) {
                String name = DatabaseDatasets.shownName(stored.getKey());
                shown.putIfAbsent(name, DatabaseDatasets.csvOf(folder, name, stored.getValue()));
            }
        }
        return shown;
    }
}
