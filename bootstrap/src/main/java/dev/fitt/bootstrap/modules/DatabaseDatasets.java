package dev.fitt.bootstrap.modules;

import dev.fitt.adapters.csv.CsvAdapter;
import dev.fitt.adapters.csv.CsvFolderConfig;
import dev.fitt.adapters.csv.CsvStoreConfig;
import dev.fitt.adapters.postgres.PostgresConfig;
import dev.fitt.adapters.postgres.PostgresDatabase;
import dev.fitt.bootstrap.settings.DatabaseSettings;
import dev.fitt.ports.DatasetLoadException;
import dev.fitt.ports.JournalException;
import dev.fitt.server.port.out.DatasetSourcesPort;
import dev.fitt.server.port.out.DatasetStorage;
import dev.fitt.server.port.out.ImageSourcePort;
import dev.fitt.server.port.out.StoredDataset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The datasets of a PostgreSQL database, served by one server as a folder's are: each with its
 * store in the database, a shared journal, its version base there, its images beside its data CSV
 * and its saves exported to {@code <csv_save_dir>/<dataset>__labelled__.csv} under its own export
 * turn. The database names a dataset after its data file ({@code day1.csv}), as a server of one
 * file imports it; the list shows it without {@code .csv}, as a folder of CSVs does, so either
 * kind of server finds the same dataset.
 */
public final class DatabaseDatasets implements DatasetSourcesPort, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseDatasets.class);
    private static final String DATA_SUFFIX = ".csv";

    private final PostgresDatabase database;
    private final CsvFolderConfig folder;
    private final Path workingDirectory;
    /** The name shown -> the name in the database. */
    private final SortedMap<String, String> names;
    /** The name in the database -> where it was imported from. */
    private final Map<String, String> sources;
    /** The folder's data CSVs whose import failed -> why: listed, so a client or --check sees the problem. */
    private final Map<String, String> unimported;
    /** Kept across unloads: a store gives its export turn up when its dataset unloads, and takes it again. */
    private final Map<String, ExportingStore> stores = new ConcurrentHashMap<>();

    private DatabaseDatasets(PostgresDatabase database, CsvFolderConfig folder, Path workingDirectory,
            Map<String, String> sources, Map<String, String> unimported) {
        this.database = database;
        this.folder = folder;
        this.workingDirectory = workingDirectory;
        this.sources = Map.copyOf(sources);
        this.names = shownNames(sources);
        this.unimported = Map.copyOf(unimported);
    }

    /**
     * Connects, imports each data CSV of {@code folder} the database does not hold yet (one COPY
     * each; a dataset already there is not read), and lists the database's datasets. A CSV that
     * cannot be imported is listed too, as a dataset that cannot be served, saying why.
     *
     * @throws DatasetLoadException when the database cannot be reached or holds no dataset
     */
    public static DatabaseDatasets open(DatabaseSettings settings, CsvFolderConfig folder, Path workingDirectory)
            throws DatasetLoadException {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(workingDirectory, "workingDirectory");
        PostgresDatabase database = PostgresDatabase.openForDatasets(
                new PostgresConfig(settings.url(), settings.user(), settings.password()));
        try {
            Map<String, String> unimported = importNew(database, folder, workingDirectory);
            Map<String, String> sources = database.datasets();
            if (sources.isEmpty() && unimported.isEmpty()) {
                throw new DatasetLoadException("the database " + database.where() + " holds no dataset, and "
                        + folder.folder() + " no data CSV to import: a dataset is a *.csv file with a file_path column");
            }
            return new DatabaseDatasets(database, folder, workingDirectory, sources, unimported);
        } catch (DatasetLoadException | RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** @return the data CSVs that could not be imported, with why */
    private static Map<String, String> importNew(PostgresDatabase database, CsvFolderConfig folder,
            Path workingDirectory) throws DatasetLoadException {
        Map<String, String> failed = new TreeMap<>();
        List<String> files;
        try {
            files = CsvAdapter.datasetFolder(folder, workingDirectory).names();
        } catch (DatasetLoadException e) {
            // The database's datasets are served all the same.
            LOG.info("nothing to import: {}", e.getMessage());
            return failed;
        }
        Map<String, String> held = database.datasets();
        for (String name : files) {
            String stored = name + DATA_SUFFIX;
            if (held.containsKey(stored) || held.containsKey(name)) {
                continue;
            }
            long started = System.nanoTime();
            try {
                CsvStoreConfig csv = folder.dataset(name);
                StoredDataset dataset = CsvAdapter.datasetStore(csv).load();
                if (database.importIfAbsent(stored, dataset, ExportingStore.rowKeysFile(csv, stored))) {
                    LOG.info("imported {} rows of {} into {} as dataset {} in {} ms", dataset.rows().size(),
                            dataset.source(), database.where(), name, (System.nanoTime() - started) / 1_000_000);
                }
            } catch (DatasetLoadException e) {
                LOG.warn("dataset {} is not imported, so it cannot be served: {}", name, e.getMessage());
                failed.put(name, "not imported into " + database.where() + ": " + e.getMessage());
            }
        }
        return failed;
    }

    /**
     * The name a dataset stored in the database as {@code stored} is shown by: without {@code .csv},
     * as a folder's server lists its files.
     */
    public static String shownName(String stored) {
        return stored.endsWith(DATA_SUFFIX) && stored.length() > DATA_SUFFIX.length()
                ? stored.substring(0, stored.length() - DATA_SUFFIX.length()) : stored;
    }

    private static SortedMap<String, String> shownNames(Map<String, String> sources) {
        SortedMap<String, String> shown = new TreeMap<>();
        for (String stored : new TreeMap<>(sources).keySet()) {
            String name = shownName(stored);
            String before = shown.putIfAbsent(name, stored);
            if (before != null) {
                LOG.warn("the database holds both {} and {}: serving {} as {}", before, stored, before, name);
            }
        }
        return shown;
    }

    @Override
    public List<String> names() {
        SortedSet<String> all = new TreeSet<>(names.keySet());
        all.addAll(unimported.keySet());
        return List.copyOf(all);
    }

    @Override
    public DatasetStorage open(String name) throws DatasetLoadException {
        if (unimported.containsKey(name)) {
            throw new DatasetLoadException(unimported.get(name));
        }
        String stored = names.get(name);
        if (stored == null) {
            throw new DatasetLoadException("there is no dataset named \"" + name + "\" in " + database.where()
                    + "; there are " + String.join(", ", names.keySet()));
        }
        CsvStoreConfig csv = csvOf(folder, name, sources.get(stored));
        // Before the journal: a refusal then leaves nothing open.
        ImageSourcePort images = CsvAdapter.datasetImageSource(name, csv.dataCsv(), workingDirectory, folder.images());
        ExportingStore store = stores.computeIfAbsent(name, n -> new ExportingStore(stored, () -> database, csv,
                CsvAdapter.datasetStore(csv), CsvAdapter.outputLock(csv)));
        try {
            return DatasetStorage.shared(store, images,
                    new ReleasingJournal(database.sharedJournal(stored), store), database.versionBase(stored),
                    database.provenance(stored)).withAssignments(database.assignments(stored));
        } catch (JournalException e) {
            throw new DatasetLoadException("dataset " + name + ": cannot open its journal in " + database.where()
                    + ": " + e.getMessage(), e);
        }
    }

    /**
     * The data CSV it exports through and reads images beside: the folder's {@code <name>.csv}, else
     * the file it was imported from when that is still there ({@code source} as the database's
     * {@link PostgresDatabase#datasets()} tells it).
     */
    public static CsvStoreConfig csvOf(CsvFolderConfig folder, String name, String source) {
        if (!Files.isRegularFile(folder.folder().resolve(name + DATA_SUFFIX))) {
            for (int end = source.indexOf(DATA_SUFFIX); end >= 0; end = source.indexOf(DATA_SUFFIX, end + 1)) {
                Path imported = Path.of(source.substring(0, end + DATA_SUFFIX.length()));
                if (Files.isRegularFile(imported)) {
                    Path meta = imported.resolveSibling(name + ".meta" + DATA_SUFFIX);
                    return new CsvStoreConfig(imported, Files.isRegularFile(meta) ? meta : folder.metaCsv(),
                            folder.saveDir(), folder.saveToSameFile(), folder.saveCpuPercent());
                }
            }
        }
        return folder.dataset(name);
    }

    /** Closes the connections; call once every dataset is unloaded. */
    @Override
    public void close() {
        stores.values().forEach(ExportingStore::close);
        database.close();
    }
}
