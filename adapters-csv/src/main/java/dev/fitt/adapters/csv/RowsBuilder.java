package dev.fitt.adapters.csv;

import dev.fitt.domain.FilePaths;
import dev.fitt.domain.ImageRows;
import dev.fitt.domain.LabelsSnapshot;
import java.util.Arrays;

/**
 * Collects rows column-wise in growing arrays: no per-row objects, no boxing, image paths packed.
 * A row's cells arrive one by one in any column order ({@link #clipId}, {@link #camera},
 * {@link #filePath}), then {@link #endRow} adds it; a cell that never came is empty.
 */
final class RowsBuilder {
    private final int tags;
    private final Interner clipIds = new Interner();
    private final Interner cameras = new Interner();
    private String[] clipColumn = new String[1024];
    private String[] cameraColumn = new String[1024];
    private final FilePaths.Builder pathColumn = new FilePaths.Builder();
    private boolean pathGiven;
    private byte[] labels;
    private int size;

    RowsBuilder(int tags) {
        this.tags = tags;
        this.labels = new byte[1024 * tags];
    }

    /** Rows added so far; the row being read is row {@code size()}. */
    int size() {
        return size;
    }

    void clipId(char[] text, int length) {
        clipColumn[size] = clipIds.intern(text, length);
    }

    void camera(char[] text, int length) {
        cameraColumn[size] = cameras.intern(text, length);
    }

    void filePath(char[] text, int length) {
        pathColumn.add(text, 0, length);
        pathGiven = true;
    }

    /** Adds the row being read, with its label codes in tag order. */
    void endRow(byte[] codes) {
        if (clipColumn[size] == null) {
            clipColumn[size] = "";
        }
        if (cameraColumn[size] == null) {
            cameraColumn[size] = "";
        }
        if (!pathGiven) {
            pathColumn.add("");
        }
        pathGiven = false;
        System.arraycopy(codes, 0, labels, size * tags, tags);
        size++;
        if (size == clipColumn.length) {
            int grown = Math.addExact(size, size >> 1);
            clipColumn = Arrays.copyOf(clipColumn, grown);
            cameraColumn = Arrays.copyOf(cameraColumn, grown);
            labels = Arrays.copyOf(labels, Math.multiplyExact(grown, tags));
        }
    }

    ImageRows rows() {
        return new ImageRows(Arrays.copyOf(clipColumn, size), Arrays.copyOf(cameraColumn, size), pathColumn.build());
    }

    LabelsSnapshot labels() {
        return LabelsSnapshot.of(size, tags, Arrays.copyOf(labels, size * tags));
    }
}
