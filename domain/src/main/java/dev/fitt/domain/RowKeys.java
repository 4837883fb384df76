package dev.fitt.domain;

/** What the clip rules need to know of each data row, in file order. */
public interface RowKeys {
    int size();

    String clipId(int row);

    /** The row's camera (modality); the same value for every row when the data has none. */
    String camera(int row);
}
