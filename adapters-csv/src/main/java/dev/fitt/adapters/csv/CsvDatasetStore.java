package dev.fitt.adapters.csv;

import dev.fitt.domain.LabelsSnapshot;
import dev.fitt.domain.TagSet;
import dev.fitt.ports.DatasetLoadException;
import dev.fitt.ports.SaveFailedException;
import dev.fitt.ports.out.DatasetStorePort;
import dev.fitt.ports.out.StoredDataset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

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

    /** Without a load cache: every load parses. */
    CsvDatasetStore(CsvStoreConfig config, FileCommit commit) {
        this(config, commit, new NoLoadCache());
    }

    CsvDatasetStore(CsvStoreConfig config, FileCommit commit, LoadCache cache) {
        this.config = Objects.requireNonNull(config, "config");
        this.writer = new LabelledCopyWriter(config.dataCsv(), Objects.requireNonNull(commit, "commit"),
                config.saveCpuPercent());
        this.fullSpeedWriter = new LabelledCopyWriter(config.dataCsv(), commit);
        this.cache = Objects.requireNonNull(cache, "cache");
    }

    @Override
    public StoredDataset load() throws DatasetLoadException {
        Map<String, String> aliases = MetaFileReader.read(config.metaCsv());
        DataFile data = cache.dataFile(config.dataCsv());
        TagSet tags = TagSetMapper.toTagSet(data, aliases, CsvFiles.name(config.metaCsv()));
        Path output = OutputFiles.outputFile(config).toAbsolutePath();
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
        Fingerprint written = by.write(fileOrderLabels, OutputFiles.outputFile(config));
        cache.saved(written, fileOrderLabels);
    }
}
