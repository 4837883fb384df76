package dev.fitt.domain;

import java.util.Objects;

/** Labels with the version of every row and of the whole dataset, taken at one moment. */
public record VersionedLabels(LabelsSnapshot labels, long[] rowVersions, long version) {
    public VersionedLabels {
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(rowVersions, "rowVersions");
        if (rowVersions.length != labels.rowCount()) {
            throw new IllegalArgumentException(rowVersions.length + " row versions for " + labels.rowCount() + " rows");
        }
    }
}
