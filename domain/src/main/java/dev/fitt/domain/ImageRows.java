package dev.fitt.domain;

import java.util.Objects;

/**
 * The data rows in file order, column-wise so a million rows stay compact. Callers are expected
 * to pass arrays they no longer touch.
 */
public final class ImageRows implements RowKeys {
    private final String[] clipIds;
    private final String[] cameras;
    private final FilePaths filePaths;

    public ImageRows(String[] clipIds, String[] cameras, String[] filePaths) {
        this(clipIds, cameras, packed(filePaths));
    }

    /** Rows whose paths were packed while reading, so a million path Strings never exist at once. */
    public ImageRows(String[] clipIds, String[] cameras, FilePaths filePaths) {
        Objects.requireNonNull(clipIds, "clipIds");
        Objects.requireNonNull(cameras, "cameras");
        Objects.requireNonNull(filePaths, "filePaths");
        if (clipIds.length != cameras.length || cameras.length != filePaths.size()) {
            throw new IllegalArgumentException("clip ids, cameras and file paths differ in length");
        }
        for (int i = 0; i < clipIds.length; i++) {
            if (clipIds[i] == null || cameras[i] == null) {
                throw new IllegalArgumentException("row " + i + " has a missing clip id, camera or file path");
            }
        }
        this.clipIds = clipIds;
        this.cameras = cameras;
        this.filePaths = filePaths;
    }

    private static FilePaths packed(String[] filePaths) {
        Objects.requireNonNull(filePaths, "filePaths");
        for (int i = 0; i < filePaths.length; i++) {
            if (filePaths[i] == null) {
                throw new IllegalArgumentException("row " + i + " has a missing clip id, camera or file path");
            }
        }
        return FilePaths.of(filePaths);
    }

    @Override
    public int size() {
        return filePaths.size();
    }

    @Override
    public String clipId(int row) {
        return clipIds[row];
    }

    @Override
    public String camera(int row) {
        return cameras[row];
    }

    public String filePath(int row) {
        return filePaths.get(row);
    }

    /** Every row's path, packed (a load cache keeps them as they are). */
    public FilePaths filePaths() {
        return filePaths;
    }
}
