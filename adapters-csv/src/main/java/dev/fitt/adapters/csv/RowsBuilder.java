package dev.fitt.adapters.csv;

import dev.fitt.domain.FilePaths;
import dev.fitt.domain.ImageRows;
import dev.fitt.domain.LabelsSnapshot;
import java.util.Arrays;

/** Collects rows column-wise in growing arrays: no per-row objects, no boxing, image paths packed. */
final class RowsBuilder {
    private final int tags;
    private final Interner clipIds = new Interner();
    private final Interner cameras = new Interner();
    private String[] clipColumn = new String[1024];
    private String[] cameraColumn = new String[1024];
    private final FilePaths.Builder pathColumn = new FilePaths.Builder();
    private byte[] labels;
    private int size;

    RowsBuilder(int tags) {
        this.tags = tags;
        this.labels = new byte[1024 * tags];
    }

    int size() {
        return size;
    }

    /** Adds a row; its label codes must then be set with {@link #label}. */
    void add(String clipId, String camera, String filePath) {
        if (size == clipColumn.length) {
            int grown = Math.addExact(size, size >> 1);
            clipColumn = Arrays.copyOf(clipColumn, grown);
            cameraColumn = Arrays.copyOf(cameraColumn, grown);
            labels = Arrays.copyOf(labels, Math.multiplyExact(grown, tags));
        }
        clipColumn[size] = clipIds.intern(clipId);
        cameraColumn[size] = cameras.intern(camera);
        pathColumn.add(filePath);
        size++;
    }

    /** Sets a cell of the row added last. */
    void label(int tag, byte code) {
        labels[(size - 1) * tags + tag] = code;
    }

    ImageRows rows() {
        return new ImageRows(Arrays.copyOf(clipColumn, size), Arrays.copyOf(cameraColumn, size), pathColumn.build());
    }

    LabelsSnapshot labels() {
        return LabelsSnapshot.of(size, tags, Arrays.copyOf(labels, size * tags));
    }
}
