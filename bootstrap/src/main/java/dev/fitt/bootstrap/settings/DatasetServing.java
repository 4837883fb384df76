package dev.fitt.bootstrap.settings;

import java.time.Duration;
import java.util.Optional;

/**
 * How a server with a folder of datasets serves them.
 *
 * @param defaultDataset     the dataset a client works on until it chooses (a v1 client always);
 *                           null: the first name in sort order
 * @param idleMinutes        a dataset nobody has open for this long is saved and unloaded from
 *                           memory; it loads again when next asked for
 */
public record DatasetServing(String defaultDataset, double idleMinutes) {
    public static final double DEFAULT_IDLE_MINUTES = 30;

    public DatasetServing {
        if (defaultDataset != null && defaultDataset.isBlank()) {
            throw new IllegalArgumentException("field \"default_dataset\" must not be empty (leave it out for the"
                    + " first dataset by name)");
        }
        if (!(idleMinutes > 0) || Double.isInfinite(idleMinutes)) {
            throw new IllegalArgumentException("field \"dataset_idle_minutes\" must be a number above 0, got "
                    + idleMinutes);
        }
    }

    public static DatasetServing defaults() {
        return new DatasetServing(null, DEFAULT_IDLE_MINUTES);
    }

    public Optional<String> defaultDatasetIfSet() {
        return Optional.ofNullable(defaultDataset);
    }

    /** At least a millisecond: a fraction of a minute is allowed (tests, a tight machine). */
    public Duration idle() {
        return Duration.ofMillis(Math.max(1, Math.round(idleMinutes * 60_000)));
    }
}
