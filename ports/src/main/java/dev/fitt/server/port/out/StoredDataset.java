package dev.fitt.server.port.out;

import dev.fitt.domain.ImageRows;
import dev.fitt.domain.LabelsSnapshot;
import dev.fitt.domain.TagSet;
import java.util.Objects;

/**
 * A dataset as storage holds it: tags, rows and labels in file order, plus human-readable names
 * of where it was read from and where saves go (for the start-up summary and logs).
 */
public record StoredDataset(TagSet tags, ImageRows rows, LabelsSnapshot labels, String source, String target) {
    public StoredDataset {
        Objects.requireNonNull(tags, "tags");
        Objects.requireNonNull(rows, "rows");
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        if (labels.rowCount() != rows.size() || labels.tagCount() != tags.size()) {
            throw new IllegalArgumentException("labels of " + labels.rowCount() + "x" + labels.tagCount()
                    + " do not fit " + rows.size() + " rows and " + tags.size() + " tags");
        }
    }
}
