package dev.fitt.domain;

import java.util.List;
import java.util.Objects;

/**
 * The mapping between display order (every protocol index) and file order (how rows are saved),
 * with the clips in display order. Built by {@link ClipRules}.
 */
public final class DisplayOrder {
    private final int[] displayToFile;
    private final int[] fileToDisplay;
    private final List<Clip> clips;
    private final List<List<String>> cameraNames;

    DisplayOrder(int[] displayToFile, List<Clip> clips, List<List<String>> cameraNames) {
        this.displayToFile = Objects.requireNonNull(displayToFile);
        this.clips = List.copyOf(clips);
        this.cameraNames = List.copyOf(cameraNames);
        if (this.cameraNames.size() != this.clips.size()) {
            throw new IllegalArgumentException(this.clips.size() + " clips but camera names for "
                    + this.cameraNames.size());
        }
        this.fileToDisplay = new int[displayToFile.length];
        for (int display = 0; display < displayToFile.length; display++) {
            fileToDisplay[displayToFile[display]] = display;
        }
    }

    public int size() {
        return displayToFile.length;
    }

    public int fileRow(int displayIndex) {
        return displayToFile[displayIndex];
    }

    public int displayIndex(int fileRow) {
        return fileToDisplay[fileRow];
    }

    public List<Clip> clips() {
        return clips;
    }

    /**
     * The camera names of each clip (index = clip index), in frame order: one per camera of a
     * frame. A clip shown one image per frame has one name, empty when its rows mix cameras.
     */
    public List<List<String>> cameraNames() {
        return cameraNames;
    }

    /** The clip holding a display index (binary search: clips are sorted and contiguous). */
    public Clip clipOf(int displayIndex) {
        if (displayIndex < 0 || displayIndex >= size()) {
            throw new IndexOutOfBoundsException("index " + displayIndex + " of " + size());
        }
        return clips.get(ClipSearch.indexOf(clips, displayIndex));
    }
}
