package dev.fitt.adapters.csv;

import dev.fitt.adapters.csv.journal.FileLayer;
import dev.fitt.domain.RowProvenance;
import dev.fitt.ports.DatasetLoadException;
import dev.fitt.server.port.out.AssignmentStorePort;
import dev.fitt.server.port.out.DatasetSourcesPort;
import dev.fitt.server.port.out.DatasetStorePort;
import dev.fitt.server.port.out.ImageSourcePort;
import dev.fitt.server.port.out.ProvenanceStorePort;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The CSV/filesystem adapter's only public entry: bootstrap wires the ports it returns. */
public final class CsvAdapter {
    private CsvAdapter() {
    }

    /**
     * Loads the data and meta CSV files and saves labels back as CSV, atomically. Saves to a
     * separate file also keep a load cache beside it, so a restart need not parse unchanged CSVs.
     */
    public static DatasetStorePort datasetStore(CsvStoreConfig config) {
        return datasetStore(config, config::saveCpuPercent);
    }

    /**
     * The same store, whose saves use the share of a core {@code saveCpuPercent} says at the time
     * (10..100, checked by whoever changes it): an administrator may change it while the server runs.
     */
    public static DatasetStorePort datasetStore(CsvStoreConfig config, IntSupplier saveCpuPercent) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(saveCpuPercent, "saveCpuPercent");
        LoadCache cache = config.saveToSameFile() ? new NoLoadCache()
                : new FileLoadCache(OutputFiles.outputFile(config));
        return new CsvDatasetStore(config, new AtomicMoveCommit(), cache, FileLayer.real(), saveCpuPercent);
    }

    /** {@link #imageSource(Path, Path, ImageAccess)} serving images in the data CSV's folder and below. */
    public static ImageSourcePort imageSource(Path dataCsv, Path workingDirectory) {
        return imageSource(dataCsv, workingDirectory, ImageAccess.underDataFolder());
    }

    /**
     * Reads images by the data CSV's {@code file_path}: relative to the data CSV's folder first,
     * then to {@code workingDirectory}; absolute paths as they are. Serves only regular files, and
     * only under the root of {@code access} unless it allows any (refusals are logged, a few lines
     * a minute at most).
     *
     * @throws IllegalArgumentException when {@code access} names a root that is not a folder
     */
    public static ImageSourcePort imageSource(Path dataCsv, Path workingDirectory, ImageAccess access) {
        Objects.requireNonNull(dataCsv, "dataCsv");
        Objects.requireNonNull(workingDirectory, "workingDirectory");
        Objects.requireNonNull(access, "access");
        Path folder = dataCsv.toAbsolutePath().getParent();
        Path root = access.outsideRootAllowed() ? null : realRoot(access.root(), folder);
        Logger log = LoggerFactory.getLogger(FilesystemImageSource.class);
        return new FilesystemImageSource(folder, workingDirectory.toAbsolutePath(), root,
                new RefusalLog(log::warn, System::nanoTime));
    }

    /**
     * {@link #imageSource(Path, Path, ImageAccess)} for dataset {@code name}, opened while the
     * server runs: a root that went away (an unmounted share) is a load failure naming the dataset.
     */
    public static ImageSourcePort datasetImageSource(String name, Path dataCsv, Path workingDirectory,
            ImageAccess access) throws DatasetLoadException {
        try {
            return imageSource(dataCsv, workingDirectory, access);
        } catch (IllegalArgumentException e) {
            throw new DatasetLoadException("dataset " + name + ": " + e.getMessage(), e);
        }
    }

    /** Compared with real paths of images, so itself a real path. */
    private static Path realRoot(Path root, Path dataFolder) {
        if (root == null) {
            try {
                return dataFolder.toRealPath();
            } catch (IOException e) {
                // No data folder, no data: loading says so in its own words; no image is found anyway.
                return dataFolder.normalize();
            }
        }
        try {
            Path real = root.toAbsolutePath().toRealPath();
            if (!Files.isDirectory(real)) {
                throw new IllegalArgumentException("the image root " + root + " is not a folder");
            }
            return real;
        } catch (IOException e) {
            throw new IllegalArgumentException("the image root " + root + " does not exist (" + e.getMessage() + ")",
                    e);
        }
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

    /**
     * The datasets of a folder of data CSVs (see {@link CsvFolderConfig}), each loaded, saved and
     * journalled as a single data file is, its images read as {@link #imageSource} reads them, its
     * provenance kept beside its own output as {@link #provenanceStore} keeps it.
     */
    public static DatasetSourcesPort datasetFolder(CsvFolderConfig config, Path workingDirectory) {
        return datasetFolder(config, workingDirectory, config::saveCpuPercent);
    }

    /** The same datasets, whose saves use the share of a core {@code saveCpuPercent} says at the time. */
    public static DatasetSourcesPort datasetFolder(CsvFolderConfig config, Path workingDirectory,
            IntSupplier saveCpuPercent) {
        return new CsvDatasetFolder(config, workingDirectory, saveCpuPercent);
    }

    /**
     * Each row's provenance kept beside the output, as {@code <output>.provenance.csv}, written
     * atomically with every save.
     */
    public static ProvenanceStorePort provenanceStore(CsvStoreConfig config) {
        Objects.requireNonNull(config, "config");
        return new ProvenanceFile(ProvenanceFile.beside(OutputFiles.outputFile(config)), new AtomicMoveCommit());
    }

    /**
     * The dataset's clip assignments kept beside the output, as {@code <output>.assignments.csv},
     * written atomically with every change of them.
     */
    public static AssignmentStorePort assignmentStore(CsvStoreConfig config) {
        Objects.requireNonNull(config, "config");
        return new AssignmentsFile(AssignmentsFile.beside(OutputFiles.outputFile(config)), new AtomicMoveCommit());
    }

    /** Where {@link #assignmentStore} keeps the assignments of {@code output}. */
    public static Path assignmentsFile(Path output) {
        return AssignmentsFile.beside(output);
    }

    /** Where {@link #provenanceStore} keeps the provenance of {@code output}. */
    public static Path provenanceFile(Path output) {
        return ProvenanceFile.beside(output);
    }

    /**
     * Writes {@code out}: the labelled CSV with {@code labelled_by}, {@code labelled_at},
     * {@code reviewed_by} and {@code review} appended to every line, from provenance in file order.
     */
    public static void exportWithProvenance(Path labelledCsv, List<RowProvenance> fileOrder, Path out)
            throws IOException {
        ProvenanceExport.write(labelledCsv, fileOrder, out);
    }
}
