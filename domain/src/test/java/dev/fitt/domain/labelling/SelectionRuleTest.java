package dev.fitt.domain.labelling;

import static dev.fitt.domain.TagValue.FALSE;
import static dev.fitt.domain.TagValue.TRUE;
import static dev.fitt.domain.TagValue.UNSET;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SelectionRuleTest {
    private final SelectionRule single = SelectionRule.of(false);
    private final SelectionRule multiple = SelectionRule.of(true);

    @Test
    void singleSelectionMakesTheChosenTagTheOnlyTrueOne() {
        assertThat(single.choose(List.of(TRUE, UNSET, TRUE), 1)).containsExactly(FALSE, TRUE, FALSE);
        assertThat(single.choose(List.of(FALSE, TRUE, FALSE), 1)).containsExactly(FALSE, TRUE, FALSE);
    }

    @Test
    void singleSelectionAdvancesOnlyWithOneCamera() {
        assertThat(single.advancesAfterChoice(1)).isTrue();
        assertThat(single.advancesAfterChoice(3)).isFalse();
        assertThat(multiple.advancesAfterChoice(1)).isFalse();
    }

    @Test
    void multipleSelectionTogglesTheChosenTagAndKeepsTheOthers() {
        assertThat(multiple.choose(List.of(TRUE, FALSE, FALSE), 2)).containsExactly(TRUE, FALSE, TRUE);
        assertThat(multiple.choose(List.of(TRUE, FALSE, TRUE), 2)).containsExactly(TRUE, FALSE, FALSE);
    }

    @Test
    void aFirstChoiceMakesUntouchedTagsFalse() {
        assertThat(multiple.choose(List.of(UNSET, UNSET, UNSET), 0)).containsExactly(TRUE, FALSE, FALSE);
    }

    @Test
    void noneIsEveryTagFalse() {
        assertThat(SelectionRule.none(3)).containsExactly(FALSE, FALSE, FALSE);
    }
}
