package dev.fitt.bootstrap.modules;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.fitt.adapters.csv.CsvAdapter;
import dev.fitt.adapters.csv.CsvStoreConfig;
import dev.fitt.adapters.csv.ImageAccess;
import dev.fitt.adapters.csv.OutputLock;
import dev.fitt.adapters.csv.journal.FileJournals;
import dev.fitt.bootstrap.settings.SettingsException;
import dev.fitt.ports.JournalException;
import dev.fitt.server.port.out.DatasetStorePort;
import dev.fitt.server.port.out.ImageSourcePort;
import dev.fitt.server.port.out.ProvenanceStorePort;
import dev.fitt.server.port.out.VersionBasePort;
import dev.fitt.server.service.CoreJournal;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Storage on the filesystem: the CSV store, images beside the data CSV, the journal and the runs'
 * version base beside the output, and the lock that keeps one process at a time on that output.
 */
public final class CsvStorageModule extends AbstractModule {
    private final CsvStoreConfig config;
    private final ImageAccess images;
    private final Path workingDirectory;

    public CsvStorageModule(CsvStoreConfig config, ImageAccess images, Path workingDirectory) {
        this.config = Objects.requireNonNull(config, "config");
        this.images = Objects.requireNonNull(images, "images");
        this.workingDirectory = Objects.requireNonNull(workingDirectory, "workingDirectory");
    }

    @Provides
    @Singleton
    DatasetStorePort datasetStore(SaveCpuShare share) {
        return CsvAdapter.datasetStore(config, share);
    }

    @Provides
    @Singleton
    ImageSourcePort imageSource() {
        try {
            return CsvAdapter.imageSource(config.dataCsv(), workingDirectory, images);
        } catch (IllegalArgumentException e) {
            // Only a set root can be wrong: the default one is the data CSV's folder.
            throw new SettingsException("field \"image_root\": " + e.getMessage(), SettingsException.BAD_SETTINGS, e);
        }
    }

    /** Taken by the core before it opens the journal; see {@code CoreApplication#start}. */
    /** Beside the labelled CSV, as {@code <output>.provenance.csv}. */
    @Provides
    @Singleton
    ProvenanceStorePort provenance() {
        return CsvAdapter.provenanceStore(config);
    }

    @Provides
    @Singleton
    OutputLock outputLock() {
        return CsvAdapter.outputLock(config);
    }

    @Provides
    @Singleton
    CoreJournal journal() throws JournalException {
        // Only this process writes it (it holds the output): journal, apply, acknowledge once on disk.
        return CoreJournal.local(FileJournals.beside(CsvAdapter.outputFile(config)));
    }

    @Provides
    @Singleton
    VersionBasePort versionBase() {
        return FileJournals.versionBaseBeside(CsvAdapter.outputFile(config));
    }
}
