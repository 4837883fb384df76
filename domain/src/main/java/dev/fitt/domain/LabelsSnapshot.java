package dev.fitt.domain;

import java.util.Arrays;
import java.util.Objects;

/** An immutable copy of a label table: {@code rows x tags} tag values, row-major. */
public final class LabelsSnapshot {
    private final int rows;
    private final int tags;
    private final byte[] cells;

    private LabelsSnapshot(int rows, int tags, byte[] cells) {
        this.rows = rows;
        this.tags = tags;
        this.cells = cells;
    }

    /** Wraps a copy of {@code cells}; each cell must be a {@link TagValue#code()}. */
    public static LabelsSnapshot of(int rows, int tags, byte[] cells) {
        Objects.requireNonNull(cells, "cells");
        if (rows < 0 || tags < 1 || (long) rows * tags != cells.length) {
            throw new IllegalArgumentException(
                    "a label table of " + rows + " rows x " + tags + " tags cannot hold " + cells.length + " cells");
        }
        for (byte cell : cells) {
            TagValue.ofCode(cell);
        }
        return new LabelsSnapshot(rows, tags, cells.clone());
    }

    /** For {@link LabelTable}, which hands over a private copy. */
    static LabelsSnapshot adopt(int rows, int tags, byte[] cells) {
        return new LabelsSnapshot(rows, tags, cells);
    }

    public static LabelsSnapshot unset(int rows, int tags) {
        return new LabelsSnapshot(rows, tags, new byte[Math.multiplyExact(rows, tags)]);
    }

    public int rowCount() {
        return rows;
    }

    public int tagCount() {
        return tags;
    }

    public TagValue value(int row, int tag) {
        return TagValue.ofCode(code(row, tag));
    }

    /** The raw {@link TagValue#code()} of one cell: for tight loops over a million rows. */
    public byte code(int row, int tag) {
        if (row < 0 || row >= rows || tag < 0 || tag >= tags) {
            throw new IndexOutOfBoundsException("cell " + row + "," + tag + " of " + rows + "x" + tags);
        }
        return cells[row * tags + tag];
    }

    public boolean isLabelled(int row) {
        for (int t = 0; t < tags; t++) {
            if (cells[row * tags + t] != 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * This snapshot, taken in display order, rearranged into file order. Done on a copy outside any
     * lock, so a save of a million rows never holds up a tag change.
     */
    public LabelsSnapshot inFileOrder(DisplayOrder order) {
        if (order.size() != rows) {
            throw new IllegalArgumentException(order.size() + " rows in the display order, " + rows + " labelled");
        }
        byte[] out = new byte[cells.length];
        for (int display = 0; display < rows; display++) {
            System.arraycopy(cells, display * tags, out, order.fileRow(display) * tags, tags);
        }
        return new LabelsSnapshot(rows, tags, out);
    }

    /**
     * Copies one row's codes into {@code into} (at least {@link #tagCount()} long): lets a save of
     * a million rows read the snapshot without a second copy of it all.
     */
    public void copyRow(int row, byte[] into) {
        copyRow(row, into, 0);
    }

    /** Copies one row's codes into {@code into} from {@code offset}. */
    void copyRow(int row, byte[] into, int offset) {
        Objects.checkIndex(row, rows);
        System.arraycopy(cells, row * tags, into, offset, tags);
    }

    /**
     * Copies the codes of rows {@code first..first+count-1} into {@code into} from index 0: lets a
     * reply of a million rows be written a block at a time from one shared snapshot.
     */
    public void copyRows(int first, int count, byte[] into) {
        Objects.checkFromIndexSize(first, count, rows);
        System.arraycopy(cells, first * tags, into, 0, count * tags);
    }

    public byte[] toCodes() {
        return cells.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LabelsSnapshot other
                && rows == other.rows && tags == other.tags && Arrays.equals(cells, other.cells);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(cells) * 31 + rows;
    }

    @Override
    public String toString() {
        return "LabelsSnapshot[" + rows + " rows x " + tags + " tags]";
    }
}
