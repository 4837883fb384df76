package dev.fitt.bootstrap.modules;

import dev.fitt.adapters.csv.CsvStoreConfig;
import dev.fitt.adapters.postgres.PostgresConfig;
import dev.fitt.adapters.postgres.PostgresDatabase;
import dev.fitt.bootstrap.settings.DatabaseSettings;
import dev.fitt.ports.DatasetLoadException;
import dev.fitt.server.port.out.LoadDatasetPort;
import dev.fitt.server.port.out.StoredDataset;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One dataset in the database, opened on first use (wiring stays free of side effects): connects,
 * brings the schema up to date and, when the dataset is not there yet, imports it from what
 * {@code csv} loads (the data CSV, with the labels of an earlier CSV save), so the CSV parsing stays
 * the CSV adapter's.
 */
public final class DatabaseDataset {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseDataset.class);

    private final DatabaseSettings settings;
    private final String name;
    private final LoadDatasetPort csv;
    private final Path dataCsv;
    private final Path rowKeysFile;
    private PostgresDatabase database;
    private boolean importedNow;

    /** @param files the CSV files {@code csv} loads: the dataset is named after the data CSV */
    public DatabaseDataset(DatabaseSettings settings, CsvStoreConfig files, LoadDatasetPort csv) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.dataCsv = files.dataCsv().toAbsolutePath();
        this.name = dataCsv.getFileName().toString();
        this.rowKeysFile = ExportingStore.rowKeysFile(files, name);
        this.csv = Objects.requireNonNull(csv, "csv");
    }

    /** The dataset's name in the database: the data CSV's file name. */
    public String name() {
        return name;
    }

    /** Where this server keeps the rows' keys of the dataset, see {@link ExportingStore#rowKeysFile}. */
    Path rowKeysFile() {
        return rowKeysFile;
    }

    /** The database, connected and holding the dataset (imported now if it was not). */
    public synchronized PostgresDatabase database() throws DatasetLoadException {
        if (database == null) {
            PostgresDatabase opened = PostgresDatabase.open(
                    new PostgresConfig(settings.url(), settings.user(), settings.password()));
            try {
                importIfAbsent(opened);
            } catch (DatasetLoadException | RuntimeException e) {
                opened.close();
                throw e;
            }
            database = opened;
        }
        return database;
    }

    /** Whether opening the database imported the dataset (it was not there before). */
    public synchronized boolean imported() throws DatasetLoadException {
        database();
        return importedNow;
    }

    private void importIfAbsent(PostgresDatabase opened) throws DatasetLoadException {
        Optional<String> source = opened.sourceOf(name);
        if (source.isPresent()) {
            if (!source.get().startsWith(dataCsv.toString())) {
                // Datasets are named by file name only: another folder's CSV of the same name is not this one.
                LOG.warn("dataset {} in {} was imported from {}, not from {}: serving the database's dataset;"
                        + " rename the data CSV to import it as a dataset of its own", name, opened.where(),
                        source.get(), dataCsv);
            }
            return;
        }
        long started = System.nanoTime();
        StoredDataset dataset = csv.load();
        importedNow = opened.importIfAbsent(name, dataset, rowKeysFile);
        if (importedNow) {
            LOG.info("imported {} rows of {} into {} as dataset {} in {} ms", dataset.rows().size(),
                    dataset.source(), opened.where(), name, (System.nanoTime() - started) / 1_000_000);
        }
    }

    public synchronized void close() {
        if (database != null) {
            database.close();
            database = null;
        }
    }
}
