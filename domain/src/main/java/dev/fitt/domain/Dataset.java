package dev.fitt.domain;

import java.util.List;
import java.util.Objects;

/** A loaded dataset: its tags, its rows in file order and the display order the protocol uses. */
public final class Dataset {
    private final TagSet tags;
    private final ImageRows rows;
    private final DisplayOrder order;

    public Dataset(TagSet tags, ImageRows rows) {
        this.tags = Objects.requireNonNull(tags, "tags");
        this.rows = Objects.requireNonNull(rows, "rows");
        this.order = ClipRules.displayOrder(rows);
    }

    public TagSet tags() {
        return tags;
    }

    public int size() {
        return rows.size();
    }

    public DisplayOrder order() {
        return order;
    }

    public List<Clip> clips() {
        return order.clips();
    }

    /** Per clip, its camera names in frame order (see {@link DisplayOrder#cameraNames()}). */
    public List<List<String>> cameraNames() {
        return order.cameraNames();
    }

    /** Per clip, the {@code clip_id} all its rows share, in clip order. */
    public List<String> clipIds() {
        return order.clips().stream().map(clip -> rows.clipId(order.fileRow(clip.begin()))).toList();
    }

    public String filePath(int displayIndex) {
        checkIndex(displayIndex);
        return rows.filePath(order.fileRow(displayIndex));
    }

    public String camera(int displayIndex) {
        checkIndex(displayIndex);
        return rows.camera(order.fileRow(displayIndex));
    }

    public boolean contains(int displayIndex) {
        return displayIndex >= 0 && displayIndex < size();
    }

    private void checkIndex(int displayIndex) {
        if (!contains(displayIndex)) {
            throw new IndexOutOfBoundsException("index " + displayIndex + " is outside 0.." + (size() - 1));
        }
    }
}
