package dev.fitt.adapters.swing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WrapLayoutTest {
    @Test
    void threeViewsFitOnOneRowWhenWideEnough() {
        assertThat(WrapLayout.rows(new int[] {400, 400, 400}, 1220, 10)).containsExactly(3);
    }

    @Test
    void viewsWrapToTheNextRowWhenTheWindowNarrows() {
        assertThat(WrapLayout.rows(new int[] {400, 400, 400}, 1219, 10)).containsExactly(2, 1);
        assertThat(WrapLayout.rows(new int[] {400, 400, 400}, 809, 10)).containsExactly(1, 1, 1);
    }

    @Test
    void aViewWiderThanTheWindowGetsARowOfItsOwn() {
        assertThat(WrapLayout.rows(new int[] {100, 900, 100}, 500, 10)).containsExactly(1, 1, 1);
    }

    @Test
    void nothingToLayOutMeansNoRows() {
        assertThat(WrapLayout.rows(new int[0], 500, 10)).isEmpty();
    }
}
