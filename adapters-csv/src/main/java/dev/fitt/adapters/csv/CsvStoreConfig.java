package dev.fitt.adapters.csv;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a CSV dataset lives: the data file, the tag definitions (meta) file, and where saves go.
 * {@code saveDir} may be null only when saves overwrite the data file itself.
 * {@code saveCpuPercent} is the share of one core a save may use (see {@link SavePacer}).
 */
public record CsvStoreConfig(Path dataCsv, Path metaCsv, Path saveDir, boolean saveToSameFile, int saveCpuPercent) {
    /** Half a core: on two cores, changes made during a save stay fast; the save takes twice as long. */
    public static final int DEFAULT_SAVE_CPU_PERCENT = 50;
    /** Below this a 1M-row save would take minutes. */
    public static final int MIN_SAVE_CPU_PERCENT = 10;

    public CsvStoreConfig(Path dataCsv, Path metaCsv, Path saveDir, boolean saveToSameFile) {
        this(dataCsv, metaCsv, saveDir, saveToSameFile, DEFAULT_SAVE_CPU_PERCENT);
    }

    public CsvStoreConfig {
        if (saveCpuPercent < MIN_SAVE_CPU_PERCENT || saveCpuPercent > 100) {
            throw new IllegalArgumentException("saveCpuPercent must be " + MIN_SAVE_CPU_PERCENT + "..100, got "
                    + saveCpuPercent);
        }
        Objects.requireNonNull(dataCsv, "dataCsv: the data CSV file is required");
        Objects.requireNonNull(metaCsv, "metaCsv: the meta CSV file (tag codes and aliases) is required");
        if (saveDir == null && !saveToSameFile) {
            throw new IllegalArgumentException(
                    "saveDir is required when saveToSameFile is false (labels go to <saveDir>/"
                            + OutputFiles.labelledName(dataCsv) + ")");
        }
    }
}
