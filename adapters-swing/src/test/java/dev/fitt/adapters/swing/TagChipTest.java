package dev.fitt.adapters.swing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fitt.domain.TagValue;
import org.junit.jupiter.api.Test;

/** What a tag chip draws at the width a small window leaves it, laid out without a display. */
class TagChipTest {
    @Test
    void aTagALittleTooLongForItsChipIsDrawnWholeInASmallerButReadableFont() {
        TagChip chip = new TagChip("1", "Clear Weather");
        int height = chip.getPreferredSize().height;
        int width = chip.getPreferredSize().width;
        chip.setSize(width, height);
        while (width > 0 && chip.drawn().font().getSize2D() == chip.getFont().getSize2D()) {
            chip.setSize(--width, height);
        }

        TagChip.Drawn drawn = chip.drawn();
        assertThat(drawn.text()).as("just too narrow for its own font").isEqualTo("Clear Weather");
        assertThat(drawn.font().getSize2D()).isLessThan(chip.getFont().getSize2D())
                .isGreaterThanOrEqualTo(com.formdev.flatlaf.util.UIScale.scale(FittingFont.SMALLEST_POINTS));
    }

    @Test
    void aTagFarTooLongIsCutInItsOwnFontAndTheTooltipHasItWhole() {
        TagChip chip = new TagChip("1", "Clear Weather");
        chip.setSize(chip.getPreferredSize().width / 2, chip.getPreferredSize().height);

        TagChip.Drawn drawn = chip.drawn();
        assertThat(drawn.text()).endsWith("\u2026").hasSizeLessThan("Clear Weather".length());
        assertThat(drawn.font().getSize2D()).isEqualTo(chip.getFont().getSize2D());
        assertThat(chip.getToolTipText()).contains("Clear Weather");
    }

    @Test
    void aChosenTagKeepsItsCheckMarkAndBoldFont() {
        TagChip chip = new TagChip("1", "Rainy");
        chip.show(TagValue.TRUE);
        chip.setSize(chip.getPreferredSize());

        assertThat(chip.drawn().text()).isEqualTo("\u2713 Rainy");
        assertThat(chip.drawn().font().isBold()).isTrue();
    }

    @Test
    void aChosenTagShortOfRoomDropsTheCheckMarkBeforeItsName() {
        TagChip chip = new TagChip("1", "Clear Weather");
        chip.show(TagValue.TRUE);
        int height = chip.getPreferredSize().height;
        int width = chip.getPreferredSize().width;
        chip.setSize(width, height);
        while (width > 0 && chip.drawn().text().startsWith("\u2713")) {
            chip.setSize(--width, height);
        }

        assertThat(chip.drawn().text()).as("at the first width without the mark").isEqualTo("Clear Weather");
    }
}
