package dev.fitt.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Each row's provenance, in display order. Not thread-safe: the core owns one beside its
 * {@link LabelTable} and guards both with one lock, so provenance and labels never disagree.
 */
public final class ProvenanceTable {
    private final RowProvenance[] rows;

    private ProvenanceTable(RowProvenance[] rows) {
        this.rows = rows;
    }

    public static ProvenanceTable empty(int rowCount) {
        RowProvenance[] rows = new RowProvenance[rowCount];
        Arrays.fill(rows, RowProvenance.NONE);
        return new ProvenanceTable(rows);
    }

    /** Builds a display-order table from provenance stored in file order. */
    public static ProvenanceTable fromFileOrder(List<RowProvenance> fileOrder, DisplayOrder order) {
        if (fileOrder.size() != order.size()) {
            throw new IllegalArgumentException("provenance of " + fileOrder.size() + " rows for " + order.size()
                    + " rows");
        }
        RowProvenance[] rows = new RowProvenance[order.size()];
        for (int display = 0; display < rows.length; display++) {
            rows[display] = Objects.requireNonNull(fileOrder.get(order.fileRow(display)), "row provenance");
        }
        return new ProvenanceTable(rows);
    }

    public int rowCount() {
        return rows.length;
    }

    /** Records {@code by} on rows {@code first..last}. */
    public void apply(int first, int last, Attribution by) {
        if (first < 0 || last < first || last >= rows.length) {
            throw new IndexOutOfBoundsException("rows " + first + ".." + last + " of " + rows.length);
        }
        for (int row = first; row <= last; row++) {
            rows[row] = rows[row].after(by);
        }
    }

    public RowProvenance row(int displayRow) {
        return rows[displayRow];
    }

    /** A copy in display order. */
    public List<RowProvenance> snapshot() {
        return List.of(rows.clone());
    }

    /** {@code displayOrder} (a snapshot of this table) rearranged into file order, outside any lock. */
    public static List<RowProvenance> inFileOrder(List<RowProvenance> displayOrder, DisplayOrder order) {
        RowProvenance[] file = new RowProvenance[displayOrder.size()];
        for (int display = 0; display < file.length; display++) {
            file[order.fileRow(display)] = displayOrder.get(display);
        }
        return List.of(file);
    }
}
