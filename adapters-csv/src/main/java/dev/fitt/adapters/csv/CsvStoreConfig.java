package dev.fitt.adapters.csv;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a CSV dataset lives: the data file, the tag definitions (meta) file, and where saves go.
 * {@code saveDir} may be null only when saves overwrite the data file itself.
 */
public record CsvStoreConfig(Path dataCsv, Path metaCsv, Path saveDir, boolean saveToSameFile) {
    public CsvStoreConfig {
        Objects.requireNonNull(dataCsv, "dataCsv: the data CSV file is required");
        Objects.requireNonNull(metaCsv, "metaCsv: the meta CSV file (tag codes and aliases) is required");
        if (saveDir == null && !saveToSameFile) {
            throw new IllegalArgumentException(
                    "saveDir is required when saveToSameFile is false (labels go to <saveDir>/"
                            + OutputFiles.labelledName(dataCsv) + ")");
        }
    }
}
