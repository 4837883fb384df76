package dev.fitt.adapters.csv;

import dev.fitt.domain.LabelsSnapshot;
import dev.fitt.ports.DatasetLoadException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the parsed data CSV and the labels of the last save in two binary files beside the saves
 * ({@code <output>.rows.cache}, {@code <output>.labels.cache}), each keyed by the fingerprints of
 * the CSV files it stands for. A restart of an unchanged dataset reads them instead of parsing the
 * CSVs (at a million rows, parsing is most of a first start); any change to a CSV, a damaged or foreign
 * cache file, or any error reading one means parsing, as without a cache; failing to write one
 * only costs the next start its speed. Written in the calling thread, not in the background: the
 * first load of a dataset takes a little longer (writing the cache is small beside the parsing),
 * but no thread outlives a load or a save, writes never overlap, and a load or save that
 * returned has left its cache complete.
 */
final class FileLoadCache implements LoadCache {
    private static final Logger LOG = LoggerFactory.getLogger(FileLoadCache.class);

    private final Path rowsFile;
    private final Path labelsFile;
    /** The data CSV's fingerprint at the last load: the key of labels kept after a save. */
    private volatile Fingerprint loadedData;

    FileLoadCache(Path output) {
        this.rowsFile = output.resolveSibling(output.getFileName() + ".rows.cache");
        this.labelsFile = output.resolveSibling(output.getFileName() + ".labels.cache");
    }

    @Override
    public DataFile dataFile(Path dataCsv) throws DatasetLoadException {
        Optional<Fingerprint> source = fingerprint(dataCsv);
        loadedData = source.orElse(null);
        if (source.isPresent()) {
            Optional<DataFile> kept = readKept(rowsFile, () -> RowsCacheFile.read(rowsFile, source.get()));
            if (kept.isPresent()) {
                LOG.info("{}: {} rows taken from {} (the data file is unchanged since it was parsed)",
                        CsvFiles.name(dataCsv), kept.get().rows().size(), rowsFile.getFileName());
                return kept.get();
            }
        }
        DataFile parsed = DataFileReader.read(dataCsv);
        source.ifPresent(print -> keep(rowsFile, () -> RowsCacheFile.write(rowsFile, print, parsed)));
        return parsed;
    }

    @Override
    public LabelsSnapshot resumedLabels(Path output, Path input, DataFile data) throws DatasetLoadException {
        Fingerprint source = loadedData;
        Optional<Fingerprint> saved = source == null ? Optional.empty() : fingerprint(output);
        if (saved.isPresent()) {
            Optional<LabelsSnapshot> kept = readKept(labelsFile, () -> LabelsCacheFile.read(labelsFile, source,
                    saved.get(), data.rows().size(), data.layout().tagCount()));
            if (kept.isPresent()) {
                LOG.info("{}: labels taken from {} (unchanged since it was written)", CsvFiles.name(output),
                        labelsFile.getFileName());
                return kept.get();
            }
        }
        LabelsSnapshot parsed = ResumedLabelsReader.read(output, input, data);
        saved.ifPresent(print -> keep(labelsFile, () -> LabelsCacheFile.write(labelsFile, source, print, parsed)));
        return parsed;
    }

    @Override
    public void saved(Fingerprint output, LabelsSnapshot labels) {
        Fingerprint source = loadedData;
        if (source != null) {
            keep(labelsFile, () -> LabelsCacheFile.write(labelsFile, source, output, labels));
        }
    }

    private static Optional<Fingerprint> fingerprint(Path file) {
        try {
            return Optional.of(Fingerprint.of(file));
        } catch (IOException e) {
            // The parse that follows reports a missing or unreadable file in its own words.
            return Optional.empty();
        }
    }

    private static <T> Optional<T> readKept(Path file, CacheRead<T> read) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return read.read();
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            LOG.warn("ignoring {}: {}; reading the CSV instead", file, e.getMessage());
            return Optional.empty();
        }
    }

    private static void keep(Path file, CacheWrite write) {
        try {
            write.write();
        } catch (IOException | RuntimeException e) {
            LOG.warn("could not keep {} (the next start parses the CSV instead): {}", file, e.toString());
        }
    }

    @FunctionalInterface
    private interface CacheRead<T> {
        Optional<T> read() throws IOException;
    }

    @FunctionalInterface
    private interface CacheWrite {
        void write() throws IOException;
    }
}
