package dev.fitt.domain;

import java.util.List;

/**
 * The live labels of a dataset, in display order. Not thread-safe: the core service owns one and
 * guards it.
 */
public final class LabelTable {
    private final int rows;
    private final int tags;
    private final byte[] cells;
    /**
     * The last snapshot handed out, while no change came after it: readers between two changes
     * share one copy instead of each taking their own (every client that connects reads them all).
     */
    private LabelsSnapshot shared;

    public LabelTable(LabelsSnapshot initial) {
        this(initial.rowCount(), initial.tagCount(), initial.toCodes());
    }

    private LabelTable(int rows, int tags, byte[] cells) {
        this.rows = rows;
        this.tags = tags;
        this.cells = cells;
    }

    public int rowCount() {
        return rows;
    }

    public int tagCount() {
        return tags;
    }

    /** Sets every row from {@code first} to {@code last} inclusive to {@code values}. */
    public void set(int first, int last, List<TagValue> values) {
        if (first < 0 || last < first || last >= rows) {
            throw new IndexOutOfBoundsException("rows " + first + ".." + last + " of " + rows);
        }
        if (values.size() != tags) {
            throw new IllegalArgumentException(values.size() + " tag values for " + tags + " tags");
        }
        byte[] codes = new byte[tags];
        for (int t = 0; t < tags; t++) {
            codes[t] = values.get(t).code();
        }
        for (int row = first; row <= last; row++) {
            System.arraycopy(codes, 0, cells, row * tags, tags);
        }
        shared = null;
    }

    public TagValue value(int row, int tag) {
        return TagValue.ofCode(cells[row * tags + tag]);
    }

    /** The labels as they are now; the same immutable object for every call until the next change. */
    public LabelsSnapshot snapshot() {
        if (shared == null) {
            shared = LabelsSnapshot.adopt(rows, tags, cells.clone());
        }
        return shared;
    }

    /**
     * Builds a display-order table from labels stored in file order, rearranged straight into the
     * table's own cells (a start of a million rows makes one copy, not three).
     */
    public static LabelTable fromFileOrder(LabelsSnapshot fileOrder, DisplayOrder order) {
        int rows = fileOrder.rowCount();
        int tags = fileOrder.tagCount();
        if (order.size() != rows) {
            throw new IllegalArgumentException(order.size() + " rows in the display order, " + rows + " labelled");
        }
        byte[] display = new byte[Math.multiplyExact(rows, tags)];
        for (int d = 0; d < rows; d++) {
            fileOrder.copyRow(order.fileRow(d), display, d * tags);
        }
        return new LabelTable(rows, tags, display);
    }
}
