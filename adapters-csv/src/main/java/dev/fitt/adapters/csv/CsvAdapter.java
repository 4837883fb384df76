package dev.fitt.adapters.csv;

import dev.fitt.ports.out.DatasetStorePort;
import dev.fitt.ports.out.ImageSourcePort;
import java.nio.file.Path;
import java.util.Objects;

/** The CSV/filesystem adapter's only public entry: bootstrap wires the ports it returns. */
public final class CsvAdapter {
    private CsvAdapter() {
    }

    /**
     * Loads the data and meta CSV files and saves labels back as CSV, atomically. Saves to a
     * separate file also keep a load cache beside it, so a restart need not parse unchanged CSVs.
     */
    public static DatasetStorePort datasetStore(CsvStoreConfig config) {
        Objects.requireNonNull(config, "config");
        LoadCache cache = config.saveToSameFile() ? new NoLoadCache()
                : new FileLoadCache(OutputFiles.outputFile(config));
        return new CsvDatasetStore(config, new AtomicMoveCommit(), cache);
    }

    /**
     * Reads images by the data CSV's {@code file_path}: relative to the data CSV's folder first,
     * then to {@code workingDirectory}; absolute paths as they are.
     */
    public static ImageSourcePort imageSource(Path dataCsv, Path workingDirectory) {
        Objects.requireNonNull(dataCsv, "dataCsv");
        Objects.requireNonNull(workingDirectory, "workingDirectory");
        Path folder = dataCsv.toAbsolutePath().getParent();
        return new FilesystemImageSource(folder, workingDirectory.toAbsolutePath());
    }

    /**
     * The exclusive hold on the output file and what is kept beside it (see {@link OutputLock}),
     * not yet taken: {@link OutputLock#acquire()} takes it, before anything there is opened.
     */
    public static OutputLock outputLock(CsvStoreConfig config) {
        Objects.requireNonNull(config, "config");
        return new OutputLock(OutputFiles.outputFile(config));
    }

    /** The file saves go to: the data file itself, or {@code <saveDir>/<stem>__labelled__.csv}. */
    public static Path outputFile(CsvStoreConfig config) {
        Objects.requireNonNull(config, "config");
        return OutputFiles.outputFile(config);
    }
}
