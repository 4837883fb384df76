package dev.fitt.bootstrap.settings;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The server's settings, as in the original server_setting.json. Paths are kept as written; call
 * {@link #resolvedAgainst(Path)} to anchor relative ones the way the original did (at the working
 * directory). Messages name the JSON field so the loader only has to add the file.
 *
 * @param csvSaveDir where the labelled copy goes; {@code null} is allowed only when
 *                   {@code saveToSameFile} is true
 */
public record ServerSettings(String host, int port, Path csvDir, Path csvSaveDir, Path metaPath,
        boolean saveToSameFile, ServerTuning tuning, DatabaseSettings databaseOrNull, DatasetServing datasets) {

    public static final String DEFAULT_HOST = "0.0.0.0";
    public static final int DEFAULT_PORT = 52973;
    /** Suffix the original appends to the data file name when not saving in place. */
    public static final String LABELLED_SUFFIX = "__labelled__";

    /** The seed's six fields, with fitt's additions at their defaults. */
    public ServerSettings(String host, int port, Path csvDir, Path csvSaveDir, Path metaPath, boolean saveToSameFile) {
        this(host, port, csvDir, csvSaveDir, metaPath, saveToSameFile, ServerTuning.defaults());
    }

    /** Labels in CSV files (no {@code "database"}). */
    public ServerSettings(String host, int port, Path csvDir, Path csvSaveDir, Path metaPath, boolean saveToSameFile,
            ServerTuning tuning) {
        this(host, port, csvDir, csvSaveDir, metaPath, saveToSameFile, tuning, null);
    }

    /** Serving datasets by the defaults (only a folder of datasets uses them). */
    public ServerSettings(String host, int port, Path csvDir, Path csvSaveDir, Path metaPath, boolean saveToSameFile,
            ServerTuning tuning, DatabaseSettings databaseOrNull) {
        this(host, port, csvDir, csvSaveDir, metaPath, saveToSameFile, tuning, databaseOrNull, DatasetServing.defaults());
    }

    public ServerSettings {
        Objects.requireNonNull(tuning, "tuning");
        Objects.requireNonNull(datasets, "datasets");
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("field \"host\" must not be empty");
        }
        PortRange.checkListening(port);
        if (csvDir == null) {
            throw new IllegalArgumentException("field \"csv_dir\" is required (the data CSV to tag)");
        }
        if (metaPath == null) {
            throw new IllegalArgumentException("field \"meta_path\" is required (the meta CSV with code,alias)");
        }
        if (csvSaveDir == null && !saveToSameFile) {
            throw new IllegalArgumentException(
                    "field \"csv_save_dir\" is required when \"save_to_same_file\" is false");
        }
    }

    /** The same settings serving datasets as {@code serving} says. */
    public ServerSettings withDatasets(DatasetServing serving) {
        return new ServerSettings(host, port, csvDir, csvSaveDir, metaPath, saveToSameFile, tuning, databaseOrNull,
                serving);
    }

    /**
     * The same settings with one of {@link ServerTuning#LIVE_FIELDS} set to {@code value} as written
     * on a command line, checked as at start: {@code default_dataset} is {@link DatasetServing}'s,
     * the others the tuning's.
     *
     * @throws IllegalArgumentException naming the field: not a live one, or a bad value
     */
    public ServerSettings withLive(String field, String value) {
        if (field.equals("default_dataset")) {
            return withDatasets(new DatasetServing(value, datasets.idleMinutes()));
        }
        return new ServerSettings(host, port, csvDir, csvSaveDir, metaPath, saveToSameFile,
                tuning.withLive(field, value), databaseOrNull, datasets);
    }

    /** The PostgreSQL database labels live in, when set; CSV files otherwise. */
    public Optional<DatabaseSettings> database() {
        return Optional.ofNullable(databaseOrNull);
    }

    public Optional<Path> csvSaveDirIfSet() {
        return Optional.ofNullable(csvSaveDir);
    }

    /** Same settings with every relative path resolved against {@code workingDirectory}. */
    public ServerSettings resolvedAgainst(Path workingDirectory) {
        Objects.requireNonNull(workingDirectory, "workingDirectory");
        return new ServerSettings(host, port,
                resolve(workingDirectory, csvDir),
                csvSaveDir == null ? null : resolve(workingDirectory, csvSaveDir),
                resolve(workingDirectory, metaPath),
                saveToSameFile, tuning.resolvedAgainst(workingDirectory), databaseOrNull, datasets);
    }

    /**
     * The file labels are saved to: the data file itself, or
     * {@code csv_save_dir/<data file name>__labelled__.csv} as the original names it.
     */
    public Path saveTarget() {
        if (saveToSameFile) {
            return csvDir;
        }
        String name = csvDir.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return csvSaveDir.resolve(stem + LABELLED_SUFFIX + ".csv");
    }

    private static Path resolve(Path workingDirectory, Path path) {
        return workingDirectory.resolve(path).normalize();
    }
}
