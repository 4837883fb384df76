package dev.fitt.domain.labelling;

import dev.fitt.domain.TagChange;
import dev.fitt.domain.TagValue;
import dev.fitt.domain.VersionedLabels;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The labels as the server holds them, as far as this client has heard: every row's values and
 * the version of the change that set them. A row takes new values only from a newer version, so
 * acknowledgements of our edits, pushes of others' edits and full reloads may arrive in any order
 * and still leave each row at the server's newest values. Kept apart from the {@link ClientLabelTable}
 * because the table shows the annotator's unconfirmed edits on top of it.
 *
 * <p>Compact for a million rows: one {@code long} and one byte per tag per row. Not thread-safe.
 */
public final class ServerLabelTable {
    private final int tags;
    private final byte[] cells;
    private final long[] versions;

    public ServerLabelTable(VersionedLabels labels) {
        Objects.requireNonNull(labels, "labels");
        this.tags = labels.labels().tagCount();
        this.cells = labels.labels().toCodes();
        this.versions = labels.rowVersions().clone();
    }

    public int rowCount() {
        return versions.length;
    }

    public long version(int row) {
        return versions[row];
    }

    /** The newest version among rows {@code first..last}: the basis for an edit of them. */
    public long newestIn(int first, int last) {
        checkRange(first, last);
        long newest = 0;
        for (int row = first; row <= last; row++) {
            newest = Math.max(newest, versions[row]);
        }
        return newest;
    }

    /**
     * Takes the change's values for every row known at an older version than {@code version};
     * returns the row ranges taken (rows known newer keep what they have).
     */
    public List<RowRange> accept(long version, TagChange change) {
        Objects.requireNonNull(change, "change");
        checkRange(change.first(), change.last());
        if (change.values().size() != tags) {
            throw new IllegalArgumentException(change.values().size() + " tag values for " + tags + " tags");
        }
        byte[] codes = new byte[tags];
        for (int t = 0; t < tags; t++) {
            codes[t] = change.values().get(t).code();
        }
        RangeCollector taken = new RangeCollector();
        for (int row = change.first(); row <= change.last(); row++) {
            if (versions[row] < version) {
                versions[row] = version;
                System.arraycopy(codes, 0, cells, row * tags, tags);
                taken.add(row);
            }
        }
        return taken.ranges();
    }

    /** Takes every row the reload holds at a newer version; returns the row ranges taken. */
    public List<RowRange> merge(VersionedLabels reloaded) {
        Objects.requireNonNull(reloaded, "reloaded");
        if (reloaded.rowVersions().length != versions.length || reloaded.labels().tagCount() != tags) {
            throw new IllegalArgumentException("reloaded labels have " + reloaded.rowVersions().length + " rows x "
                    + reloaded.labels().tagCount() + " tags, expected " + versions.length + " x " + tags);
        }
        long[] newVersions = reloaded.rowVersions();
        RangeCollector taken = new RangeCollector();
        for (int row = 0; row < versions.length; row++) {
            if (newVersions[row] > versions[row]) {
                versions[row] = newVersions[row];
                for (int t = 0; t < tags; t++) {
                    cells[row * tags + t] = reloaded.labels().code(row, t);
                }
                taken.add(row);
            }
        }
        return taken.ranges();
    }

    /**
     * Whether {@code reloaded} holds, on every row of {@code change}, what this copy holds or the
     * change's own values: then applying the change over the reload overwrites nothing this
     * client has not seen.
     */
    public boolean reloadKeeps(VersionedLabels reloaded, TagChange change) {
        Objects.requireNonNull(reloaded, "reloaded");
        checkRange(change.first(), change.last());
        for (int row = change.first(); row <= change.last(); row++) {
            boolean asKnown = true;
            boolean asChanged = true;
            for (int t = 0; t < tags; t++) {
                byte code = reloaded.labels().code(row, t);
                asKnown &= code == cells[row * tags + t];
                asChanged &= code == change.values().get(t).code();
            }
            if (!asKnown && !asChanged) {
                return false;
            }
        }
        return true;
    }

    /** The server's values of rows {@code first..last} where {@code table} shows something else. */
    public List<TagChange> differencesFrom(ClientLabelTable table, int first, int last) {
        checkRange(first, last);
        TagRuns runs = new TagRuns();
        for (int row = first; row <= last; row++) {
            if (!sameRow(table, row)) {
                runs.add(row, values(row));
            }
        }
        return runs.build();
    }

    public List<TagValue> values(int row) {
        List<TagValue> out = new ArrayList<>(tags);
        for (int t = 0; t < tags; t++) {
            out.add(TagValue.ofCode(cells[row * tags + t]));
        }
        return List.copyOf(out);
    }

    private boolean sameRow(ClientLabelTable table, int row) {
        for (int t = 0; t < tags; t++) {
            if (table.value(row, t).code() != cells[row * tags + t]) {
                return false;
            }
        }
        return true;
    }

    private void checkRange(int first, int last) {
        if (first < 0 || last < first || last >= versions.length) {
            throw new IndexOutOfBoundsException("rows " + first + ".." + last + " are outside 0.."
                    + (versions.length - 1));
        }
    }

    /** Coalesces rows added in increasing order into ranges. */
    private static final class RangeCollector {
        private final List<RowRange> ranges = new ArrayList<>();
        private int first = -1;
        private int last = -2;

        void add(int row) {
            if (row != last + 1) {
                flush();
                first = row;
            }
            last = row;
        }

        List<RowRange> ranges() {
            flush();
            return List.copyOf(ranges);
        }

        private void flush() {
            if (first >= 0) {
                ranges.add(new RowRange(first, last));
                first = -1;
            }
        }
    }
}
