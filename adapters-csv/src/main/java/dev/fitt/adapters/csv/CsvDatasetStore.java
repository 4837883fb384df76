package dev.fitt.adapters.csv;

import dev.fitt.adapters.csv.journal.FileLayer;
import dev.fitt.domain.LabelsSnapshot;
import dev.fitt.domain.TagSet;
import dev.fitt.ports.DatasetLoadException;
import dev.fitt.ports.SaveFailedException;
import dev.fitt.server.port.out.DatasetStorePort;
import dev.fitt.server.port.out.StoredDataset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntSupplier;

/**
 * A dataset kept in a data CSV plus a meta CSV. Every save streams the data file again; a load
 * reads the files, or takes what an earlier run parsed from them out of the {@link LoadCache}.
 */
final class CsvDatasetStore implements DatasetStorePort {
    private final CsvStoreConfig config;
    /** Saves beside annotators: paced to the configured share of a core. */
    private final LabelledCopyWriter writer;
    /** Saves nobody tags beside (start-up recovery, shutdown): flat out. */
    private final LabelledCopyWriter fullSpeedWriter;
    private final LoadCache cache;
    private final HandEditGuard guard;

    /** Without a load cache: every load parses. */
    CsvDatasetStore(CsvStoreConfig config, FileCommit commit) {
        this(config, commit, new NoLoadCache());
    }

    CsvDatasetStore(CsvStoreConfig config, FileCommit commit, LoadCache cache) {
        this(config, commit, cache, FileLayer.real());
    }

    /** {@code files}: where saves create, sync and rename their files (a test records them there). */
    CsvDatasetStore(CsvStoreConfig config, FileCommit commit, LoadCache cache, FileLayer files) {
        this(config, commit, cache, files, config::saveCpuPercent);
    }

    /** {@code saveCpuPercent}: read at each save (10..100), so that it may change while the server runs. */
    CsvDatasetStore(CsvStoreConfig config, FileCommit commit, LoadCache cache, FileLayer files,
            IntSupplier saveCpuPercent) {
        this.config = Objects.requireNonNull(config, "config");
        Objects.requireNonNull(commit, "commit");
        this.guard = new HandEditGuard(OutputFiles.outputFile(config), files);
        // Looked at just before the rename, so that an edit made while the copy was written is kept too.
        FileCommit guarded = (written, target) -> {
            guard.keepHandEditAside(written);
            commit.replace(written, target);
        };
        this.writer = new LabelledCopyWriter(config.dataCsv(), guarded, saveCpuPercent, files);
        this.fullSpeedWriter = new LabelledCopyWriter(config.dataCsv(), guarded, 100, files);
        this.cache = Objects.requireNonNull(cache, "cache");
    }

    @Override
    public StoredDataset load() throws DatasetLoadException {
        Path output = OutputFiles.outputFile(config).toAbsolutePath();
        try {
            // Before reading: a change made while the load reads the file counts as a change under the server.
            guard.loaded();
        } catch (IOException e) {
            throw new DatasetLoadException("cannot read the attributes of " + output + ": " + e.getMessage(), e);
        }
        Map<String, String> aliases = MetaFileReader.read(config.metaCsv());
        DataFile data = cache.dataFile(config.dataCsv());
        TagSet tags = TagSetMapper.toTagSet(data, aliases, CsvFiles.name(config.metaCsv()));
        Path input = config.dataCsv().toAbsolutePath();
        if (!config.saveToSameFile() && Files.exists(output)) {
            LabelsSnapshot resumed = cache.resumedLabels(output, input, data);
            return new StoredDataset(tags, data.rows(), resumed,
                    input + " (labels resumed from " + output + ")", output.toString());
        }
        return new StoredDataset(tags, data.rows(), data.labels(), input.toString(), output.toString());
    }

    @Override
    public void save(LabelsSnapshot fileOrderLabels) throws SaveFailedException {
        save(writer, fileOrderLabels);
    }

    @Override
    public void saveAtFullSpeed(LabelsSnapshot fileOrderLabels) throws SaveFailedException {
        save(fullSpeedWriter, fileOrderLabels);
    }

    private void save(LabelledCopyWriter by, LabelsSnapshot fileOrderLabels) throws SaveFailedException {
        Objects.requireNonNull(fileOrderLabels, "fileOrderLabels");
        Path output = OutputFiles.outputFile(config);
        Fingerprint written = by.write(fileOrderLabels, output);
        try {
            guard.saved(written);
        } catch (IOException e) {
            // Cannot look at the file just saved: the next save then keeps it aside, which costs a copy, not data.
        }
        cache.saved(written, fileOrderLabels);
    }
}
