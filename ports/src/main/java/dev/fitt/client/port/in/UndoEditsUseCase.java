package dev.fitt.client.port.in;

/** Ctrl+Z / Ctrl+Shift+Z over every edit, mass edits included; both show the edit's frame. */
public interface UndoEditsUseCase {
    /** False when there is nothing to undo. */
    boolean undo();

    /** False when there is nothing to redo. */
    boolean redo();

    boolean canUndo();

    boolean canRedo();
}
