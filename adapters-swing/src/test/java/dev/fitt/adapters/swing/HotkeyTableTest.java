package dev.fitt.adapters.swing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.swing.KeyStroke;
import org.junit.jupiter.api.Test;

class HotkeyTableTest {
    private static Optional<String> actionOf(List<Hotkey> table, KeyStroke stroke) {
        return table.stream().filter(h -> h.strokes().contains(stroke)).map(Hotkey::action).findFirst();
    }

    @Test
    void noKeyStrokeTriggersTwoActions() {
        for (int tags : new int[] {1, 6, 10, 11, 20, 25}) {
            Map<KeyStroke, String> seen = new HashMap<>();
            for (Hotkey hotkey : HotkeyTable.forTags(tags)) {
                for (KeyStroke stroke : hotkey.strokes()) {
                    String earlier = seen.put(stroke, hotkey.action());
                    assertThat(earlier).as("%s with %d tags", stroke, tags).isNull();
                }
            }
        }
    }

    @Test
    void digitsOneToNineThenZeroChooseTheFirstTenTags() {
        List<Hotkey> table = HotkeyTable.forTags(10);
        assertThat(actionOf(table, KeyStroke.getKeyStroke(KeyEvent.VK_1, 0))).contains("tag.0");
        assertThat(actionOf(table, KeyStroke.getKeyStroke(KeyEvent.VK_9, 0))).contains("tag.8");
        assertThat(actionOf(table, KeyStroke.getKeyStroke(KeyEvent.VK_0, 0))).contains("tag.9");
        assertThat(actionOf(table, KeyStroke.getKeyStroke(KeyEvent.VK_NUMPAD3, 0))).contains("tag.2");
    }

    @Test
    void shiftDigitChoosesTheTagForTheWholeFrame() {
        List<Hotkey> table = HotkeyTable.forTags(3);
        assertThat(actionOf(table, KeyStroke.getKeyStroke(KeyEvent.VK_2, InputEvent.SHIFT_DOWN_MASK)))
                .contains("frameTag.1");
    }

    @Test
    void altDigitIsASecondBankForTagsElevenToTwenty() {
        List<Hotkey> table = HotkeyTable.forTags(20);
        assertThat(actionOf(table, KeyStroke.getKeyStroke(KeyEvent.VK_1, InputEvent.ALT_DOWN_MASK))).contains("tag.10");
        assertThat(actionOf(table, KeyStroke.getKeyStroke(KeyEvent.VK_0, InputEvent.ALT_DOWN_MASK))).contains("tag.19");
        assertThat(actionOf(table, KeyStroke.getKeyStroke(KeyEvent.VK_0,
                InputEvent.ALT_DOWN_MASK | InputEvent.SHIFT_DOWN_MASK))).contains("frameTag.19");
        assertThat(HotkeyTable.tagKeyName(10)).isEqualTo("Alt+1");
        assertThat(HotkeyTable.tagKeyName(9)).isEqualTo("0");
    }

    @Test
    void tagsBeyondTwentyHaveNoKeyButTheRestOfTheTableIsUnchanged() {
        List<Hotkey> table = HotkeyTable.forTags(25);
        assertThat(table).noneMatch(h -> h.action().equals("tag.20"));
        assertThat(HotkeyTable.tagKeyName(20)).isEmpty();
        assertThat(HotkeyTable.forHelp(25)).anyMatch(row -> row[1].contains("past 20"));
        assertThat(HotkeyTable.forHelp(3)).anyMatch(row -> row[0].equals("Ctrl+O") && row[1].contains("dataset"));
    }

    @Test
    void fewerTagsLeaveTheUnusedDigitsFree() {
        List<Hotkey> table = HotkeyTable.forTags(3);
        assertThat(actionOf(table, KeyStroke.getKeyStroke(KeyEvent.VK_4, 0))).isEmpty();
        assertThat(actionOf(table, KeyStroke.getKeyStroke(KeyEvent.VK_1, InputEvent.ALT_DOWN_MASK))).isEmpty();
    }

    @Test
    void everyCommandOfTheIssueHasItsKeys() {
        List<Hotkey> table = HotkeyTable.forTags(6);
        assertThat(actionOf(table, KeyStroke.getKeyStroke(KeyEvent.VK_F, 0))).contains(HotkeyTable.FRAME_NONE);
        assertThat(actionOf(table, KeyStroke.getKeyStroke(KeyEvent.VK_N, 0))).contains(HotkeyTable.NONE);
        assertThat(actionOf(table, KeyStroke.getKeyStroke(KeyEvent.VK_TAB, 0))).contains(HotkeyTable.NEXT_CAMERA);
        assertThat(actionOf(table, KeyStroke.getKeyStroke(KeyEvent.VK_TAB, InputEvent.SHIFT_DOWN_MASK)))
                .contains(HotkeyTable.PREVIOUS_CAMERA);
        assertThat(actionOf(table, KeyStroke.getKeyStroke(KeyEvent.VK_S, 0))).contains(HotkeyTable.SAVE);
        assertThat(actionOf(table, KeyStroke.getKeyStroke(KeyEvent.VK_S, InputEvent.CTRL_DOWN_MASK)))
                .contains(HotkeyTable.SAVE);
        assertThat(actionOf(table, KeyStroke.getKeyStroke(KeyEvent.VK_Z, InputEvent.CTRL_DOWN_MASK)))
                .contains(HotkeyTable.UNDO);
        assertThat(actionOf(table, KeyStroke.getKeyStroke(KeyEvent.VK_Z,
                InputEvent.CTRL_DOWN_MASK | InputEvent.SHIFT_DOWN_MASK))).contains(HotkeyTable.REDO);
        assertThat(actionOf(table, KeyStroke.getKeyStroke(KeyEvent.VK_Y, InputEvent.CTRL_DOWN_MASK)))
                .contains(HotkeyTable.REDO);
        assertThat(actionOf(table, KeyStroke.getKeyStroke(KeyEvent.VK_U, 0))).contains(HotkeyTable.NEXT_UNLABELLED);
        assertThat(actionOf(table, KeyStroke.getKeyStroke(KeyEvent.VK_L, InputEvent.CTRL_DOWN_MASK)))
                .contains(HotkeyTable.LABEL_CLIP);
        assertThat(actionOf(table, KeyStroke.getKeyStroke(KeyEvent.VK_R, 0))).contains(HotkeyTable.REFRESH);
        assertThat(actionOf(table, KeyStroke.getKeyStroke(KeyEvent.VK_F1, 0))).contains(HotkeyTable.HELP);
        assertThat(actionOf(table, KeyStroke.getKeyStroke('?'))).contains(HotkeyTable.HELP);
        assertThat(actionOf(table, KeyStroke.getKeyStroke(KeyEvent.VK_MINUS, 0))).contains(HotkeyTable.ZOOM_OUT);
        assertThat(actionOf(table, KeyStroke.getKeyStroke(KeyEvent.VK_EQUALS, InputEvent.SHIFT_DOWN_MASK)))
                .contains(HotkeyTable.ZOOM_IN);
    }

    @Test
    void shiftedFAndSWorkAsInTheOriginalClientWhichBindsBothCases() {
        List<Hotkey> table = HotkeyTable.forTags(5);
        assertThat(actionOf(table, KeyStroke.getKeyStroke(KeyEvent.VK_F, InputEvent.SHIFT_DOWN_MASK)))
                .contains(HotkeyTable.FRAME_NONE);
        assertThat(actionOf(table, KeyStroke.getKeyStroke(KeyEvent.VK_S, InputEvent.SHIFT_DOWN_MASK)))
                .contains(HotkeyTable.SAVE);
    }

    @Test
    void aDatasetWithoutTagsIsRefusedWithTheCount() {
        assertThatThrownBy(() -> HotkeyTable.forTags(0)).hasMessage("tagCount must be >= 1, got 0");
    }
}
