package dev.fitt.bootstrap.modules;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.fitt.adapters.csv.CsvAdapter;
import dev.fitt.adapters.csv.CsvStoreConfig;
import dev.fitt.adapters.csv.ImageAccess;
import dev.fitt.adapters.csv.journal.FileJournals;
import dev.fitt.bootstrap.settings.SettingsException;
import dev.fitt.ports.JournalException;
import dev.fitt.ports.out.ChangeJournalPort;
import dev.fitt.ports.out.DatasetStorePort;
import dev.fitt.ports.out.ImageSourcePort;
import java.nio.file.Path;
import java.util.Objects;

/** Storage on the filesystem: the CSV store, images beside the data CSV, the journal beside the output. */
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
    DatasetStorePort datasetStore() {
        return CsvAdapter.datasetStore(config);
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

    @Provides
    @Singleton
    ChangeJournalPort journal() throws JournalException {
        return FileJournals.beside(CsvAdapter.outputFile(config));
    }
}
