package dev.fitt.adapters.csv;

import dev.fitt.domain.LabelsSnapshot;
import dev.fitt.ports.DatasetLoadException;
import java.nio.file.Path;

/**
 * Always parses. For saves into the data file itself, which change the file the cache would be
 * keyed by on every save, so a cache would be rewritten in full each time for little gain.
 */
final class NoLoadCache implements LoadCache {
    @Override
    public DataFile dataFile(Path dataCsv) throws DatasetLoadException {
        return DataFileReader.read(dataCsv);
    }

    @Override
    public LabelsSnapshot resumedLabels(Path output, Path input, DataFile data) throws DatasetLoadException {
        return ResumedLabelsReader.read(output, input, data);
    }

    @Override
    public void saved(Fingerprint output, LabelsSnapshot labels) {
        // Nothing kept, nothing to update.
    }
}
