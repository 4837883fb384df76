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
 * A dataset kept in a data CSV plus a meta CSV. Holds no state between calls: every load reads
 * the files, every save streams the data file again.
 */
final class CsvDatasetStore implements DatasetStorePort {
    private final CsvStoreConfig config;
    private final LabelledCopyWriter writer;

    CsvDatasetStore(CsvStoreConfig config, FileCommit commit) {
        this.config = Objects.requireNonNull(config, "config");
        this.writer = new LabelledCopyWriter(config.dataCsv(), Objects.requireNonNull(commit, "commit"));
    }

    @Override
    public StoredDataset load() throws DatasetLoadException {
        Map<String, String> aliases = MetaFileReader.read(config.metaCsv());
        DataFile data = DataFileReader.read(config.dataCsv());
        TagSet tags = TagSetMapper.toTagSet(data, aliases, CsvFiles.name(config.metaCsv()));
        Path output = OutputFiles.outputFile(config).toAbsolutePath();
        Path input = config.dataCsv().toAbsolutePath();
        if (!config.saveToSameFile() && Files.exists(output)) {
            LabelsSnapshot resumed = ResumedLabelsReader.read(output, input, data);
            return new StoredDataset(tags, data.rows(), resumed,
                    input + " (labels resumed from " + output + ")", output.toString());
        }
        return new StoredDataset(tags, data.rows(), data.labels(), input.toString(), output.toString());
    }

    @Override
    public void save(LabelsSnapshot fileOrderLabels) throws SaveFailedException {
        Objects.requireNonNull(fileOrderLabels, "fileOrderLabels");
        writer.write(fileOrderLabels, OutputFiles.outputFile(config));
    }
}
