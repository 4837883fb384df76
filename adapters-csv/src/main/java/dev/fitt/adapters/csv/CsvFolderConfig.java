package dev.fitt.adapters.csv;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A folder of data CSVs served as several datasets: each {@code <name>.csv} with a
 * {@code file_path} column is the dataset {@code <name>}, its tags named by {@code <name>.meta.csv}
 * beside it when there is one, else by the shared {@code metaCsv}. Each saves as a single file
 * would: to {@code <saveDir>/<name>__labelled__.csv} (or the data file itself), with its journal,
 * version base and load caches beside that output.
 */
public record CsvFolderConfig(Path folder, Path metaCsv, Path saveDir, boolean saveToSameFile, int saveCpuPercent,
        ImageAccess images) {
    static final String DATA_SUFFIX = ".csv";
    static final String META_SUFFIX = ".meta.csv";

    public CsvFolderConfig {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(metaCsv, "metaCsv: the meta CSV file (tag codes and aliases) is required");
        Objects.requireNonNull(images, "images");
        // Checks the rest the way a single file's settings are checked.
        new CsvStoreConfig(folder.resolve("dataset" + DATA_SUFFIX), metaCsv, saveDir, saveToSameFile, saveCpuPercent);
    }

    /** Where the dataset {@code name} lives and saves, as a single data file's settings would say. */
    public CsvStoreConfig dataset(String name) {
        Path meta = folder.resolve(name + META_SUFFIX);
        return new CsvStoreConfig(folder.resolve(name + DATA_SUFFIX), Files.isRegularFile(meta) ? meta : metaCsv,
                saveDir, saveToSameFile, saveCpuPercent);
    }
}
