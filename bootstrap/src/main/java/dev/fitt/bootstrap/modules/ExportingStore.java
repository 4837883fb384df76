package dev.fitt.bootstrap.modules;

import dev.fitt.adapters.csv.CsvStoreConfig;
import dev.fitt.adapters.csv.OutputLock;
import dev.fitt.adapters.postgres.ExportTurn;
import dev.fitt.adapters.postgres.PostgresDatabase;
import dev.fitt.domain.LabelsSnapshot;
import dev.fitt.ports.DatasetLoadException;
import dev.fitt.ports.SaveFailedException;
import dev.fitt.server.port.out.DatasetStorePort;
import dev.fitt.server.port.out.SaveLabelsPort;
import dev.fitt.server.port.out.StoredDataset;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Labels in the database, and saves exported as the CSV the CSV store writes, so the consumers of
 * the labelled CSV keep working. A save writes nothing to the database: every change was committed
 * there before it was acknowledged, and a server's copy may lag another server's commits, so
 * writing it back could undo them. Of the servers sharing the database, only the one holding the
 * {@link ExportTurn} exports; it holds the save folder's {@link OutputLock} while it writes, so a
 * CSV-only server on the same folder, or {@code fitt export}, never writes the CSV at the same time.
 * The others skip: their saves only mark their changes as saved.
 */
final class ExportingStore implements DatasetStorePort, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ExportingStore.class);

    /** The database, connected when first needed. */
    interface Database {
        PostgresDatabase get() throws DatasetLoadException;
    }

    private final String name;
    private final Database database;
    private final Path rowKeysFile;
    private final SaveLabelsPort export;
    private final OutputLock folder;
    private DatasetStorePort store;
    private ExportTurn turn;
    private boolean skipping;

    ExportingStore(DatabaseDataset dataset, CsvStoreConfig csv, SaveLabelsPort export, OutputLock folder) {
        this(dataset.name(), dataset::database, dataset.rowKeysFile(), export, folder);
    }

    /** @param name the dataset's name in the database */
    ExportingStore(String name, Database database, CsvStoreConfig csv, SaveLabelsPort export, OutputLock folder) {
        this(name, database, rowKeysFile(csv, name), export, folder);
    }

    private ExportingStore(String name, Database database, Path rowKeysFile, SaveLabelsPort export,
            OutputLock folder) {
        this.name = name;
        this.database = database;
        this.rowKeysFile = rowKeysFile;
        this.export = export;
        this.folder = folder;
    }

    /**
     * Where the rows' keys of dataset {@code name} are kept for quicker starts: beside its export
     * (the save folder, or the data CSV's folder when saves go to the data file).
     */
    static Path rowKeysFile(CsvStoreConfig csv, String name) {
        Path folder = csv.saveDir() != null ? csv.saveDir() : csv.dataCsv().toAbsolutePath().getParent();
        return folder.resolve(name + ".pg-rows.cache");
    }

    private synchronized DatasetStorePort store() throws DatasetLoadException {
        if (store == null) {
            store = database.get().datasetStore(name, rowKeysFile);
        }
        return store;
    }

    @Override
    public StoredDataset load() throws DatasetLoadException {
        return store().load();
    }

    @Override
    public void save(LabelsSnapshot fileOrderLabels) throws SaveFailedException {
        if (myTurn()) {
            holdingTheFolder(() -> export.save(fileOrderLabels));
        }
    }

    @Override
    public void saveAtFullSpeed(LabelsSnapshot fileOrderLabels) throws SaveFailedException {
        if (myTurn()) {
            holdingTheFolder(() -> export.saveAtFullSpeed(fileOrderLabels));
        }
    }

    private interface Export {
        void run() throws SaveFailedException;
    }

    private void holdingTheFolder(Export write) throws SaveFailedException {
        try {
            folder.acquire();
        } catch (DatasetLoadException e) {
            throw new SaveFailedException("cannot export: " + e.getMessage(), e);
        }
        try {
            write.run();
        } finally {
            folder.close();
        }
    }

    @Override
    public synchronized Optional<String> leftToAnother() {
        return skipping ? Optional.of("another server of dataset " + name + " (the one holding its export turn)")
                : Optional.empty();
    }

    /** Whether this server exports now; takes the turn when it is free. */
    private synchronized boolean myTurn() throws SaveFailedException {
        if (turn == null) {
            try {
                turn = database.get().exportTurn(name);
            } catch (DatasetLoadException e) {
                throw new SaveFailedException(e.getMessage(), e);
            }
        }
        if (!turn.tryTake()) {
            if (!skipping) {
                skipping = true;
                LOG.info("another server of dataset {} exports it to the CSV; this one skips its exports",
                        name);
            }
            return false;
        }
        skipping = false;
        return true;
    }

    /**
     * Gives the export turn up, so that a dataset unloaded for being idle holds no connection and
     * another server of the dataset may export it meanwhile; the next save takes the turn again.
     */
    @Override
    public synchronized void close() {
        if (turn != null) {
            turn.close();
            turn = null;
        }
        skipping = false;
    }
}
