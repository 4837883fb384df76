package dev.fitt.client.service;

import dev.fitt.domain.Frame;
import dev.fitt.domain.TagChange;
import dev.fitt.domain.labelling.LabelEdit;
import dev.fitt.client.port.in.UndoEditsUseCase;
import java.util.List;

/**
 * Undo and redo over every edit, mass edits included: the {@link LabelEdit} command gives the
 * changes back, they go the way of any edit, and the edit's frame shows again.
 */
final class UndoService implements UndoEditsUseCase {
    private final SessionState state;
    private final LocalEdits edits;
    private final NavigationService navigation;

    UndoService(SessionState state, LocalEdits edits, NavigationService navigation) {
        this.state = state;
        this.edits = edits;
        this.navigation = navigation;
    }

    @Override
    public boolean undo() {
        return state.history.undo().map(edit -> replay(edit, edit.revert())).isPresent();
    }

    @Override
    public boolean redo() {
        return state.history.redo().map(edit -> replay(edit, edit.apply())).isPresent();
    }

    @Override
    public boolean canUndo() {
        return state.history.canUndo();
    }

    @Override
    public boolean canRedo() {
        return state.history.canRedo();
    }

    private LabelEdit replay(LabelEdit edit, List<TagChange> changes) {
        edits.replay(changes);
        navigation.goToFrame(edit.frame());
        // One image's edit: its camera becomes active again, so the next digit re-tags it.
        if (changes.size() == 1 && changes.get(0).rowCount() == 1) {
            Frame frame = state.cursor.frame();
            int index = changes.get(0).first();
            if (index >= frame.first() && index <= frame.last()) {
                navigation.selectCamera(index - frame.first());
            }
        }
        return edit;
    }
}
