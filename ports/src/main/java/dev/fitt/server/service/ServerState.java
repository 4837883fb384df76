package dev.fitt.server.service;

import dev.fitt.domain.Dataset;
import dev.fitt.domain.LabelTable;
import dev.fitt.domain.LabelsSnapshot;
import dev.fitt.domain.RowVersions;
import dev.fitt.domain.TagChange;
import dev.fitt.domain.VersionBase;
import dev.fitt.domain.VersionedLabels;
import dev.fitt.server.port.out.StoredDataset;
import java.util.Objects;

/**
 * What the server's services share: the dataset, its labels in display order, each row's version
 * and the count of edits of this run. One lock guards them all, so concurrent edits from many
 * connections never interleave within a row and a reader always sees whole edits.
 */
final class ServerState {
    final Dataset dataset;
    /** Where saves go, for log lines. */
    final String target;
    /** Guards labels, rowVersions and editCount. */
    final Object lock = new Object();
    private final LabelTable labels;
    private final RowVersions rowVersions;
    /** Versions of this run are base + 1, base + 2, ...: above every earlier run's. */
    private final VersionBase base;
    /** Edits applied so far. */
    private long editCount;
    /** Applied changes the journal could not make durable yet (it guards itself). */
    final HeldChanges held = new HeldChanges();

    ServerState(StoredDataset stored, VersionBase base) {
        Objects.requireNonNull(stored, "stored");
        this.dataset = new Dataset(stored.tags(), stored.rows());
        this.labels = LabelTable.fromFileOrder(stored.labels(), dataset.order());
        this.target = stored.target();
        this.base = Objects.requireNonNull(base, "base");
        this.rowVersions = new RowVersions(dataset.size(), base);
    }

    /** Null when the change fits the dataset, else why not. */
    String validate(TagChange change) {
        int tagCount = dataset.tags().size();
        if (change.values().size() != tagCount) {
            return "change has " + change.values().size() + " tag values but the dataset has " + tagCount + " tags";
        }
        if (change.last() >= dataset.size()) {
            return "rows " + change.first() + ".." + change.last() + " are outside 0.." + (dataset.size() - 1);
        }
        return null;
    }

    /** Caller holds {@link #lock}; returns the change's version. */
    long applyLocked(TagChange change) {
        labels.set(change.first(), change.last(), change.values());
        long version = version(++editCount);
        rowVersions.stamp(change.first(), change.last(), version);
        return version;
    }

    /** Caller holds {@link #lock}: the newest version among rows first..last. */
    long newestLocked(int first, int last) {
        return rowVersions.newestIn(first, last);
    }

    /** Caller holds {@link #lock}: the version of the last edit (the run's base for none). */
    long currentVersionLocked() {
        return version(editCount);
    }

    /** Caller holds {@link #lock}. */
    long editCountLocked() {
        return editCount;
    }

    /** Caller holds {@link #lock}. */
    LabelsSnapshot snapshotLocked() {
        return labels.snapshot();
    }

    LabelsSnapshot snapshot() {
        synchronized (lock) {
            return labels.snapshot();
        }
    }

    VersionedLabels versionedLabels() {
        synchronized (lock) {
            return new VersionedLabels(labels.snapshot(), rowVersions.copy(), version(editCount));
        }
    }

    /** Which edit of this run a version of this run stands for. */
    long editOf(long version) {
        return version - base.value();
    }

    /** The version of a run's {@code edits}-th change (its base for none). */
    private long version(long edits) {
        return base.value() + edits;
    }
}
