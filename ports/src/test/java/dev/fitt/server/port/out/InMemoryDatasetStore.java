package dev.fitt.server.port.out;

import dev.fitt.domain.ImageRows;
import dev.fitt.domain.LabelsSnapshot;
import dev.fitt.domain.TagSet;
import dev.fitt.ports.SaveFailedException;
import java.util.Objects;

/**
 * A dataset store in memory, for tests of whatever uses a {@link DatasetStorePort}. Saves can be
 * made to fail on purpose ({@link #failSaves}). Thread-safe.
 */
public final class InMemoryDatasetStore implements DatasetStorePort {
    private final TagSet tags;
    private final ImageRows rows;
    private LabelsSnapshot saved;
    private String failure;
    private int saveCount;

    public InMemoryDatasetStore(TagSet tags, ImageRows rows, LabelsSnapshot labels) {
        this.tags = Objects.requireNonNull(tags, "tags");
        this.rows = Objects.requireNonNull(rows, "rows");
        this.saved = Objects.requireNonNull(labels, "labels");
        // Validates the shape once, as a real store's load would.
        new StoredDataset(tags, rows, labels, "memory", "memory");
    }

    public static InMemoryDatasetStore of(DatasetFixture fixture) {
        return new InMemoryDatasetStore(fixture.tags(), fixture.rows(), fixture.labels());
    }

    @Override
    public synchronized StoredDataset load() {
        return new StoredDataset(tags, rows, saved, "memory", "memory");
    }

    @Override
    public synchronized void save(LabelsSnapshot fileOrderLabels) throws SaveFailedException {
        Objects.requireNonNull(fileOrderLabels, "fileOrderLabels");
        if (failure != null) {
            throw new SaveFailedException("could not save labels to memory: " + failure);
        }
        if (fileOrderLabels.rowCount() != rows.size() || fileOrderLabels.tagCount() != tags.size()) {
            throw new SaveFailedException("could not save labels to memory: " + fileOrderLabels.rowCount() + "x"
                    + fileOrderLabels.tagCount() + " labels for " + rows.size() + " rows and " + tags.size() + " tags");
        }
        saved = fileOrderLabels;
        saveCount++;
    }

    /** Makes every later save fail with {@code reason}; null makes saves succeed again. */
    public synchronized void failSaves(String reason) {
        this.failure = reason;
    }

    /** How many saves succeeded. */
    public synchronized int saveCount() {
        return saveCount;
    }

    /** The labels of the last successful save (or the initial ones). */
    public synchronized LabelsSnapshot savedLabels() {
        return saved;
    }
}
