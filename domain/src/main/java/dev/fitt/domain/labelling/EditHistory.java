package dev.fitt.domain.labelling;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;

/**
 * Undo and redo of label edits, bounded: past {@code capacity} edits the oldest can no longer be
 * undone (its changes of course stay). A new edit clears the redo side, as in every editor.
 */
public final class EditHistory {
    private final int capacity;
    private final Deque<LabelEdit> done = new ArrayDeque<>();
    private final Deque<LabelEdit> undone = new ArrayDeque<>();

    public EditHistory(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("edit history capacity must be >= 1, got " + capacity);
        }
        this.capacity = capacity;
    }

    public void record(LabelEdit edit) {
        Objects.requireNonNull(edit, "edit");
        done.push(edit);
        undone.clear();
        if (done.size() > capacity) {
            done.removeLast();
        }
    }

    /** The edit to revert, now moved to the redo side; empty when there is none. */
    public Optional<LabelEdit> undo() {
        LabelEdit edit = done.poll();
        if (edit != null) {
            undone.push(edit);
        }
        return Optional.ofNullable(edit);
    }

    /** The edit to apply again, now back on the undo side; empty when there is none. */
    public Optional<LabelEdit> redo() {
        LabelEdit edit = undone.poll();
        if (edit != null) {
            done.push(edit);
        }
        return Optional.ofNullable(edit);
    }

    public boolean canUndo() {
        return !done.isEmpty();
    }

    public boolean canRedo() {
        return !undone.isEmpty();
    }

    public int undoableCount() {
        return done.size();
    }
}
