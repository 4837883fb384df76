package dev.fitt.server.service;

import dev.fitt.domain.Attribution;
import dev.fitt.domain.ChangeKind;
import dev.fitt.domain.Dataset;
import dev.fitt.domain.Editor;
import dev.fitt.domain.LabelTable;
import dev.fitt.domain.LabelsSnapshot;
import dev.fitt.domain.ProvenanceTable;
import dev.fitt.domain.RowProvenance;
import dev.fitt.domain.RowVersions;
import dev.fitt.domain.TagChange;
import dev.fitt.domain.TagValue;
import dev.fitt.domain.VersionBase;
import dev.fitt.domain.VersionedLabels;
import dev.fitt.server.port.out.StoredDataset;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    /** Stamps the time of each change's provenance. */
    final Clock clock;
    /** Guards labels, rowVersions, editCount, provenance, lastEditors and activity. */
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
    private final ProvenanceTable provenance;
    /**
     * Who made each row's last label change in this run ("" before any), to name them in pushes
     * and conflicts; unlike provenance, a correction names the reviewer here.
     */
    private final String[] lastEditors;
    /** Per annotator: changes made and last activity in this run. */
    private final Map<String, Activity> activity = new HashMap<>();

    ServerState(StoredDataset stored, VersionBase base) {
        this(stored, base, false, null, Clock.systemUTC());
    }

    /**
     * @param shared true when versions come from a shared store; every row then starts at {@code base}
     * @param fileOrderProvenance the provenance of the last save, in file order; null for none
     */
    ServerState(StoredDataset stored, VersionBase base, boolean shared, List<RowProvenance> fileOrderProvenance,
            Clock clock) {
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
        this.clock = Objects.requireNonNull(clock, "clock");
        this.provenance = fileOrderProvenance == null ? ProvenanceTable.empty(dataset.size())
                : ProvenanceTable.fromFileOrder(fileOrderProvenance, dataset.order());
        this.lastEditors = new String[dataset.size()];
        Arrays.fill(lastEditors, "");
    }

    /** One annotator's activity in this run. */
    static final class Activity {
        long changes;
        Instant last = Instant.EPOCH;
    }

    /**
     * Who made a change when, as what. A single server's caller holds the lock, so the times of
     * changes follow their order (a shared store's commits are ordered by their versions instead).
     * Milliseconds, as journals and the wire keep them: a time reads the same before and after a restart.
     */
    Attribution attribution(Editor editor, ChangeKind kind) {
        return new Attribution(editor.annotator(), clock.instant().truncatedTo(ChronoUnit.MILLIS), kind);
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

    /**
     * Caller holds {@link #lock}; returns the change's version. An accept changes no labels and no
     * row's version (an annotator editing the row meanwhile has no conflict), but takes a version
     * of its own: it is an edit to save.
     */
    long applyLocked(TagChange change, Attribution by) {
        long version = version(++editCount);
        if (by.kind() != ChangeKind.ACCEPT) {
            labels.set(change.first(), change.last(), change.values());
            rowVersions.stamp(change.first(), change.last(), version);
            Arrays.fill(lastEditors, change.first(), change.last() + 1, by.annotator());
        }
        attributeLocked(change.first(), change.last(), by);
        return version;
    }

    /** Caller holds {@link #lock}: records who changed rows first..last, for provenance and statistics. */
    private void attributeLocked(int first, int last, Attribution by) {
        provenance.apply(first, last, by);
        countLocked(by);
    }

    /** Caller holds {@link #lock}: one more change by {@code by}'s annotator. */
    private void countLocked(Attribution by) {
        if (by.known()) {
            Activity a = activity.computeIfAbsent(by.annotator(), name -> new Activity());
            a.changes++;
            if (by.at().isAfter(a.last)) {
                a.last = by.at();
            }
        }
    }

    /**
     * Caller holds {@link #lock}; shared mode. Records an accept the shared store committed: the
     * review in provenance, no label and no row version changed.
     */
    void acceptCommittedLocked(int first, int last, Attribution by, long version) {
        attributeLocked(first, last, by);
        editCount++;
        newestApplied = Math.max(newestApplied, version);
    }

    /** Caller holds {@link #lock}: who last changed one of rows first..last with version {@code version}, or "". */
    String editorOfLocked(int first, int last, long version) {
        for (int row = first; row <= last; row++) {
            if (rowVersions.version(row) == version) {
                return lastEditors[row];
            }
        }
        return "";
    }

    /** Caller holds {@link #lock}: one row's tag values. */
    List<TagValue> valuesLocked(int row) {
        List<TagValue> values = new ArrayList<>(labels.tagCount());
        for (int tag = 0; tag < labels.tagCount(); tag++) {
            values.add(labels.value(row, tag));
        }
        return values;
    }

    /** Caller holds {@link #lock}. */
    ProvenanceTable provenanceLocked() {
        return provenance;
    }

    /** Caller holds {@link #lock}: a copy of each annotator's changes and last activity. */
    Map<String, Activity> activityLocked() {
        Map<String, Activity> copy = new HashMap<>();
        activity.forEach((name, a) -> {
            Activity c = new Activity();
            c.changes = a.changes;
            c.last = a.last;
            copy.put(name, c);
        });
        return copy;
    }

    /**
     * Caller holds {@link #lock}; shared mode. Applies a change the shared store committed with
     * {@code version} by {@code by} to those of rows first..last that no newer change has reached yet
     * (changes come back from other servers out of order with this one's), and returns the runs of
     * rows it set.
     */
    List<TagChange> applyCommittedLocked(int first, int last, List<TagValue> values, long version, Attribution by) {
        List<TagChange> applied = new ArrayList<>(1);
        int runStart = -1;
        for (int row = first; row <= last + 1; row++) {
            boolean newer = row <= last && rowVersions.newestIn(row, row) < version;
            if (newer && runStart < 0) {
                runStart = row;
            } else if (!newer && runStart >= 0) {
                labels.set(runStart, row - 1, values);
                rowVersions.stamp(runStart, row - 1, version);
                Arrays.fill(lastEditors, runStart, row, by.annotator());
                provenance.apply(runStart, row - 1, by);
                applied.add(new TagChange(runStart, row - 1, values));
                runStart = -1;
            }
        }
        if (!applied.isEmpty()) {
            editCount++;
            countLocked(by);
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
