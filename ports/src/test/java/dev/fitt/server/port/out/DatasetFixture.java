package dev.fitt.server.port.out;

import dev.fitt.domain.ImageRows;
import dev.fitt.domain.LabelsSnapshot;
import dev.fitt.domain.Tag;
import dev.fitt.domain.TagSet;
import dev.fitt.domain.TagValue;
import java.util.List;
import java.util.Objects;

/**
 * A small dataset for store contract tests: what a store is made to hold before a test. Tags have
 * integer codes and {@code tag_code_<code>} columns so every kind of store can represent them.
 */
public record DatasetFixture(TagSet tags, ImageRows rows, LabelsSnapshot labels) {
    public DatasetFixture {
        Objects.requireNonNull(tags, "tags");
        Objects.requireNonNull(rows, "rows");
        Objects.requireNonNull(labels, "labels");
        if (labels.rowCount() != rows.size() || labels.tagCount() != tags.size()) {
            throw new IllegalArgumentException("fixture labels do not fit its rows and tags");
        }
    }

    /** Two clips, two cameras in the first, three tags; labels True, False and unset. */
    public static DatasetFixture small() {
        TagSet tags = new TagSet(List.of(
                new Tag("100", "Clear Weather", "tag_code_100"),
                new Tag("200", "Rainy", "tag_code_200"),
                new Tag("300", "Foggy", "tag_code_300")));
        ImageRows rows = new ImageRows(
                new String[] {"1", "1", "1", "1", "2", "2"},
                new String[] {"camera_front", "camera_rear", "camera_front", "camera_rear", "camera_front",
                        "camera_front"},
                new String[] {"images/img_001.jpg", "images/img_002.jpg", "images/img_003.jpg", "images/img_004.jpg",
                        "images/img_005.jpg", "images/img_006.jpg"});
        return new DatasetFixture(tags, rows, labels(6, 3,
                "TFF", "FTF", "FFT", "...", "T.F", "..."));
    }

    /** Labels from one string per row: T, F, or . for unset. */
    public static LabelsSnapshot labels(int rows, int tags, String... cells) {
        if (cells.length != rows) {
            throw new IllegalArgumentException(cells.length + " row strings for " + rows + " rows");
        }
        byte[] codes = new byte[rows * tags];
        for (int r = 0; r < rows; r++) {
            for (int t = 0; t < tags; t++) {
                char c = cells[r].charAt(t);
                codes[r * tags + t] = (c == 'T' ? TagValue.TRUE : c == 'F' ? TagValue.FALSE : TagValue.UNSET).code();
            }
        }
        return LabelsSnapshot.of(rows, tags, codes);
    }
}
