package dev.fitt.server.service;

import dev.fitt.domain.Dataset;
import dev.fitt.domain.LabelTable;
import dev.fitt.domain.LabelsSnapshot;
import dev.fitt.domain.RowVersions;
import dev.fitt.domain.TagChange;
import dev.fitt.domain.TagValue;
import dev.fitt.domain.VersionBase;
import dev.fitt.domain.VersionedLabels;
import dev.fitt.server.port.out.StoredDataset;
import java.util.ArrayList;
import java.util.List;
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
    /**
     * Whether versions are the shared store's (see {@link dev.fitt.server.port.out.SharedJournalPort}):
     * the current version is then the newest one applied, not base + edits.
     */
    private final boolean shared;
    /** The newest version applied, in shared mode. */
    private long newestApplied;
    /** Applied changes the journal could not make durable yet (it guards itself). */
    final HeldChanges held = new HeldChanges();

    ServerState(StoredDataset stored, VersionBase base) {
        this(stored, base, false);
    }

    /** @param shared true when versions come from a shared store; every row then starts at {@code base} */
    ServerState(StoredDataset stored, VersionBase base, boolean shared) {
        Objects.requireNonNull(stored, "stored");
        this.shared = shared;
        this.dataset = new Dataset(stored.tags(), stored.rows());
        this.labels = LabelTable.fromFileOrder(stored.labels(), dataset.order());
        this.target = stored.target();
        this.base = Objects.requireNonNull(base, "base");
        this.rowVersions = new RowVersions(dataset.size(), base);
        this.newestApplied = base.value();
        // A shared store's CSV export may lag it (its exporter was killed before its last save): the
        // loaded labels count as one unsaved edit, so this server's first save or its stop exports them.
        this.editCount = shared ? 1 : 0;
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

    /**
     * Caller holds {@link #lock}; shared mode. Applies a change the shared store committed with
     * {@code version} to those of rows first..last that no newer change has reached yet (changes come
     * back from other servers out of order with this one's), and returns the runs of rows it set.
     */
    List<TagChange> applyCommittedLocked(int first, int last, List<TagValue> values, long version) {
        List<TagChange> applied = new ArrayList<>(1);
        int runStart = -1;
        for (int row = first; row <= last + 1; row++) {
            boolean newer = row <= last && rowVersions.newestIn(row, row) < version;
            if (newer && runStart < 0) {
                runStart = row;
            } else if (!newer && runStart >= 0) {
                labels.set(runStart, row - 1, values);
                rowVersions.stamp(runStart, row - 1, version);
                applied.add(new TagChange(runStart, row - 1, values));
                runStart = -1;
            }
        }
        if (!applied.isEmpty()) {
            editCount++;
        }
        newestApplied = Math.max(newestApplied, version);
        return applied;
    }

    /** The file rows of a change's display rows. */
    int[] fileRows(TagChange change) {
        int[] rows = new int[change.rowCount()];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = dataset.order().fileRow(change.first() + i);
        }
        return rows;
    }

    /** Caller holds {@link #lock}: the newest version among rows first..last. */
    long newestLocked(int first, int last) {
        return rowVersions.newestIn(first, last);
    }

    /** Caller holds {@link #lock}: the version of the last edit (the run's base for none). */
    long currentVersionLocked() {
        return shared ? newestApplied : version(editCount);
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
            return new VersionedLabels(labels.snapshot(), rowVersions.copy(), currentVersionLocked());
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
