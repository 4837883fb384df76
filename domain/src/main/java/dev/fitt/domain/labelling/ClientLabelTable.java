package dev.fitt.domain.labelling;

import dev.fitt.domain.Frame;
import dev.fitt.domain.LabelsSnapshot;
import dev.fitt.domain.TagChange;
import dev.fitt.domain.TagValue;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The client's copy of the labels in display order, with labelled-frame counters kept up to
 * date on every change (cost proportional to the rows changed, never to the dataset), so the
 * counters can be shown on every key press.
 *
 * <p>An image is labelled when at least one of its tags is set (true or false); a frame is
 * labelled when every image in it is. Not thread-safe: one thread (the UI's) owns it.
 */
public final class ClientLabelTable {
    private final FrameList frames;
    private final int tags;
    private final byte[] cells;
    /** Labelled images per frame. */
    private final int[] labelledImages;
    private final BitSet labelledFrames;
    private final int[] labelledFramesPerClip;
    private int labelledFrameTotal;

    public ClientLabelTable(FrameList frames, LabelsSnapshot labels) {
        this.frames = Objects.requireNonNull(frames, "frames");
        Objects.requireNonNull(labels, "labels");
        if (labels.rowCount() != frames.rowCount()) {
            throw new IllegalArgumentException("labels have " + labels.rowCount() + " rows but the clips cover "
                    + frames.rowCount());
        }
        this.tags = labels.tagCount();
        this.cells = labels.toCodes();
        this.labelledImages = new int[frames.size()];
        this.labelledFrames = new BitSet(frames.size());
        this.labelledFramesPerClip = new int[frames.clipCount()];
        for (int c = 0; c < frames.clipCount(); c++) {
            int cameras = frames.clip(c).cameras();
            int begin = frames.clip(c).begin();
            for (int k = 0; k < frames.frameCountOf(c); k++) {
                int frameNumber = frames.firstFrameOf(c) + k;
                int count = 0;
                for (int cam = 0; cam < cameras; cam++) {
                    if (isImageLabelled(begin + k * cameras + cam)) {
                        count++;
                    }
                }
                labelledImages[frameNumber] = count;
                if (count == cameras) {
                    markFrame(frameNumber, c, true);
                }
            }
        }
    }

    public FrameList frames() {
        return frames;
    }

    public int tagCount() {
        return tags;
    }

    public int rowCount() {
        return frames.rowCount();
    }

    public TagValue value(int row, int tag) {
        checkRow(row);
        if (tag < 0 || tag >= tags) {
            throw new IndexOutOfBoundsException("tag " + tag + " of " + tags);
        }
        return TagValue.ofCode(cells[row * tags + tag]);
    }

    /** The tag values of one image, in tag order. */
    public List<TagValue> values(int row) {
        checkRow(row);
        List<TagValue> out = new ArrayList<>(tags);
        for (int t = 0; t < tags; t++) {
            out.add(TagValue.ofCode(cells[row * tags + t]));
        }
        return List.copyOf(out);
    }

    public boolean isImageLabelled(int row) {
        for (int t = 0; t < tags; t++) {
            if (cells[row * tags + t] != 0) {
                return true;
            }
        }
        return false;
    }

    public boolean isFrameLabelled(int frameNumber) {
        return labelledFrames.get(frameNumber);
    }

    /** Applies a change and updates the counters for the rows it touches. */
    public void apply(TagChange change) {
        Objects.requireNonNull(change, "change");
        if (change.last() >= rowCount()) {
            throw new IndexOutOfBoundsException("rows " + change.first() + ".." + change.last()
                    + " are outside 0.." + (rowCount() - 1));
        }
        if (change.values().size() != tags) {
            throw new IllegalArgumentException(change.values().size() + " tag values for " + tags + " tags");
        }
        byte[] codes = new byte[tags];
        boolean labelled = false;
        for (int t = 0; t < tags; t++) {
            codes[t] = change.values().get(t).code();
            labelled |= codes[t] != 0;
        }
        int frameNumber = frames.frameOf(change.first());
        int clipNumber = frames.clipNumberOf(frameNumber);
        Frame frame = frames.frame(frameNumber);
        for (int row = change.first(); row <= change.last(); row++) {
            if (row > frame.last()) {
                frameNumber++;
                frame = frames.frame(frameNumber);
                if (frame.first() >= frames.clip(clipNumber).end()) {
                    clipNumber++;
                }
            }
            boolean was = isImageLabelled(row);
            System.arraycopy(codes, 0, cells, row * tags, tags);
            if (was != labelled) {
                boolean frameWas = labelledFrames.get(frameNumber);
                labelledImages[frameNumber] += labelled ? 1 : -1;
                boolean frameIs = labelledImages[frameNumber] == frame.cameras();
                if (frameWas != frameIs) {
                    markFrame(frameNumber, clipNumber, frameIs);
                }
            }
        }
    }

    /** The current values of rows {@code first..last} as coalesced changes: what undo needs. */
    public List<TagChange> runs(int first, int last) {
        checkRow(first);
        checkRow(last);
        TagRuns runs = new TagRuns();
        for (int row = first; row <= last; row++) {
            runs.add(row, values(row));
        }
        return runs.build();
    }

    public Progress datasetProgress() {
        return new Progress(labelledFrameTotal, frames.size());
    }

    public Progress clipProgress(int clipNumber) {
        return new Progress(labelledFramesPerClip[clipNumber], frames.frameCountOf(clipNumber));
    }

    /**
     * The first unlabelled frame after {@code frameNumber}, wrapping around to the start of the
     * dataset (so frames skipped earlier are found again); empty when every frame is labelled.
     * The current frame itself is considered last.
     */
    public OptionalInt nextUnlabelledFrame(int frameNumber) {
        int n = frames.size();
        if (n == 0) {
            return OptionalInt.empty();
        }
        int found = labelledFrames.nextClearBit(frameNumber + 1);
        if (found >= n) {
            found = labelledFrames.nextClearBit(0);
        }
        return found < n ? OptionalInt.of(found) : OptionalInt.empty();
    }

    /** The first frame in {@code from..to-1} that is not fully labelled, or -1 when there is none. */
    public int firstUnlabelledFrame(int from, int to) {
        if (from >= to) {
            return -1;
        }
        int found = labelledFrames.nextClearBit(from);
        return found < to ? found : -1;
    }

    public LabelsSnapshot snapshot() {
        return LabelsSnapshot.of(rowCount(), tags, cells);
    }

    private void markFrame(int frameNumber, int clipNumber, boolean labelled) {
        labelledFrames.set(frameNumber, labelled);
        int delta = labelled ? 1 : -1;
        labelledFramesPerClip[clipNumber] += delta;
        labelledFrameTotal += delta;
    }

    private void checkRow(int row) {
        if (row < 0 || row >= rowCount()) {
            throw new IndexOutOfBoundsException("row " + row + " is outside 0.." + (rowCount() - 1));
        }
    }
}
