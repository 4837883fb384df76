package dev.fitt.domain.labelling;

import static dev.fitt.domain.TagValue.TRUE;
import static dev.fitt.domain.TagValue.UNSET;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fitt.domain.TagChange;
import java.util.List;
import org.junit.jupiter.api.Test;

class EditHistoryTest {
    private static LabelEdit edit(int row) {
        return new LabelEdit(row, List.of(TagChange.ofRow(row, List.of(TRUE))),
                List.of(TagChange.ofRow(row, List.of(UNSET))));
    }

    @Test
    void undoesNewestFirstAndRedoesInTheSameOrder() {
        EditHistory history = new EditHistory(10);
        history.record(edit(1));
        history.record(edit(2));
        assertThat(history.undo()).contains(edit(2));
        assertThat(history.undo()).contains(edit(1));
        assertThat(history.undo()).isEmpty();
        assertThat(history.redo()).contains(edit(1));
        assertThat(history.canRedo()).isTrue();
    }

    @Test
    void aNewEditClearsRedo() {
        EditHistory history = new EditHistory(10);
        history.record(edit(1));
        history.undo();
        history.record(edit(2));
        assertThat(history.canRedo()).isFalse();
    }

    @Test
    void forgetsTheOldestEditPastItsCapacity() {
        EditHistory history = new EditHistory(2);
        history.record(edit(1));
        history.record(edit(2));
        history.record(edit(3));
        assertThat(history.undoableCount()).isEqualTo(2);
        history.undo();
        assertThat(history.undo()).contains(edit(2));
        assertThat(history.canUndo()).isFalse();
    }

    @Test
    void anEditMustRevertAsManyRowsAsItChanges() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new LabelEdit(0,
                List.of(new TagChange(0, 3, List.of(TRUE))), List.of(TagChange.ofRow(0, List.of(UNSET)))))
                .hasMessage("an edit's revert covers 1 rows but it changes 4");
    }
}
