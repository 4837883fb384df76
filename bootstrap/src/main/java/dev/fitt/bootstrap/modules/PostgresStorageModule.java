package dev.fitt.bootstrap.modules;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.fitt.adapters.csv.CsvAdapter;
import dev.fitt.adapters.csv.CsvStoreConfig;
import dev.fitt.adapters.csv.ImageAccess;
import dev.fitt.adapters.csv.OutputLock;
import dev.fitt.bootstrap.settings.DatabaseSettings;
import dev.fitt.bootstrap.settings.SettingsException;
import dev.fitt.domain.ClipAssignments;
import dev.fitt.domain.RowProvenance;
import dev.fitt.ports.AssignmentRefusedException;
import dev.fitt.ports.DatasetLoadException;
import dev.fitt.ports.JournalException;
import dev.fitt.ports.SaveFailedException;
import dev.fitt.server.port.out.AssignmentStorePort;
import dev.fitt.server.port.out.DatasetStorePort;
import dev.fitt.server.port.out.ImageSourcePort;
import dev.fitt.server.port.out.ProvenanceStorePort;
import dev.fitt.server.port.out.VersionBasePort;
import dev.fitt.server.service.CoreJournal;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Labels in PostgreSQL: the dataset (imported from the data CSV on first start) and every change,
 * committed with its version, live in the database, which several servers may share; images are
 * still read beside the data CSV. Saves are exported to the labelled CSV as before, by one server
 * of the database at a time ({@link ExportingStore}), so a server starts without holding the save
 * folder: the exporter takes that hold when it first exports.
 */
public final class PostgresStorageModule extends AbstractModule {
    private final CsvStoreConfig csv;
    private final ImageAccess images;
    private final Path workingDirectory;
    private final DatabaseSettings database;

    public PostgresStorageModule(CsvStoreConfig csv, ImageAccess images, Path workingDirectory,
            DatabaseSettings database) {
        this.csv = Objects.requireNonNull(csv, "csv");
        this.images = Objects.requireNonNull(images, "images");
        this.workingDirectory = Objects.requireNonNull(workingDirectory, "workingDirectory");
        this.database = Objects.requireNonNull(database, "database");
    }

    @Provides
    @Singleton
    DatabaseDataset dataset(@CsvExport DatasetStorePort csvStore) {
        return new DatabaseDataset(database, csv, csvStore);
    }

    @Provides
    @Singleton
    @CsvExport
    DatasetStorePort csvStore(SaveCpuShare share) {
        return CsvAdapter.datasetStore(csv, share);
    }

    @Provides
    @Singleton
    DatasetStorePort datasetStore(DatabaseDataset dataset, @CsvExport DatasetStorePort csvStore,
            @CsvExport OutputLock folder) {
        return new ExportingStore(dataset, csv, csvStore, folder);
    }

    /** The save folder's hold, taken by whoever writes the CSV: the exporting server, or `fitt export`. */
    @Provides
    @Singleton
    @CsvExport
    OutputLock csvFolder() {
        return CsvAdapter.outputLock(csv);
    }

    @Provides
    @Singleton
    ImageSourcePort imageSource() {
        try {
            return CsvAdapter.imageSource(csv.dataCsv(), workingDirectory, images);
        } catch (IllegalArgumentException e) {
            throw new SettingsException("field \"image_root\": " + e.getMessage(), SettingsException.BAD_SETTINGS, e);
        }
    }

    /**
     * In the rows, recorded by every commit (so every server of the database reads the same);
     * reaches the database only when the core loads it.
     */
    @Provides
    @Singleton
    ProvenanceStorePort provenance(DatabaseDataset dataset) {
        return new ProvenanceStorePort() {
            @Override
            public List<RowProvenance> loadProvenance(int rowCount) throws DatasetLoadException {
                return dataset.database().provenance(dataset.name()).loadProvenance(rowCount);
            }

            @Override
            public void saveProvenance(List<RowProvenance> fileOrder) throws SaveFailedException {
                // every commit recorded its rows' provenance in the database already
            }
        };
    }

    /** In the database, shared by every server of it; reaches the database only when the core loads it. */
    @Provides
    @Singleton
    AssignmentStorePort assignments(DatabaseDataset dataset) {
        return new AssignmentStorePort() {
            @Override
            public ClipAssignments loadAssignments() throws DatasetLoadException {
                return dataset.database().assignments(dataset.name()).loadAssignments();
            }

            @Override
            public ClipAssignments changeAssignments(AssignmentChange change)
                    throws AssignmentRefusedException, SaveFailedException {
                try {
                    return dataset.database().assignments(dataset.name()).changeAssignments(change);
                } catch (DatasetLoadException e) {
                    throw new SaveFailedException(e.getMessage(), e);
                }
            }
        };
    }

    /** Several servers share the database; the one that exports holds the CSV's folder (see ExportingStore). */
    @Provides
    @Singleton
    OutputLock outputLock() {
        return OutputLock.none();
    }

    /** Opened by the core at start, after the output lock: connects and imports first when needed. */
    @Provides
    @Singleton
    CoreJournal journal(DatabaseDataset dataset) throws JournalException, DatasetLoadException {
        // A database that cannot be reached is the user's to fix (exit 2), so its load error is kept as it is.
        // Other servers may share it: commit, apply, and follow theirs.
        return CoreJournal.shared(dataset.database().sharedJournal(dataset.name()));
    }

    /** Reaches the database only when asked, so that wiring connects to nothing. */
    @Provides
    @Singleton
    VersionBasePort versionBase(DatabaseDataset dataset) {
        return new VersionBasePort() {
            @Override
            public OptionalLong latest() throws JournalException {
                return inDatabase(dataset).latest();
            }

            @Override
            public void record(long base) throws JournalException {
                inDatabase(dataset).record(base);
            }
        };
    }

    private static VersionBasePort inDatabase(DatabaseDataset dataset) throws JournalException {
        try {
            return dataset.database().versionBase(dataset.name());
        } catch (DatasetLoadException e) {
            throw new JournalException(e.getMessage(), e);
        }
    }
}
