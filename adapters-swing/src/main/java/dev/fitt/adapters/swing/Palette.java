package dev.fitt.adapters.swing;

import com.formdev.flatlaf.FlatLaf;
import java.awt.Color;

/**
 * The client's state colours for the light and dark theme. Chosen so that True, False and
 * unset differ in fill, outline and text at a glance, not only in hue.
 */
record Palette(boolean dark) {
    static Palette current() {
        return new Palette(FlatLaf.isLafDark());
    }

    Color accent() {
        return dark ? new Color(0x4C8DFF) : new Color(0x2563EB);
    }

    Color onAccent() {
        return Color.WHITE;
    }

    /** A tag decided "no": a quiet solid chip. */
    Color falseFill() {
        return dark ? new Color(0x3B4048) : new Color(0xE4E7EC);
    }

    Color falseText() {
        return dark ? new Color(0xB8BEC8) : new Color(0x475467);
    }

    /** Never labelled: no fill, dashed outline, muted text. */
    Color unsetOutline() {
        return dark ? new Color(0x7A8290) : new Color(0x98A2B3);
    }

    Color unsetText() {
        return dark ? new Color(0x9AA3B2) : new Color(0x667085);
    }

    Color labelledBadge() {
        return dark ? new Color(0x2E9E5B) : new Color(0x1E874B);
    }

    Color unlabelledBadge() {
        return dark ? new Color(0xC98A16) : new Color(0xB54708);
    }

    Color viewBorder() {
        return dark ? new Color(0x3C424C) : new Color(0xD0D5DD);
    }

    Color viewBackground() {
        return dark ? new Color(0x2A2E35) : new Color(0xFFFFFF);
    }

    Color imageBackground() {
        return dark ? new Color(0x1B1E23) : new Color(0xF2F4F7);
    }

    /** Someone else just changed what is shown. */
    Color othersHighlight() {
        return new Color(0xF5A524);
    }

    Color error() {
        return dark ? new Color(0xF97066) : new Color(0xB42318);
    }

    Color dangerBanner() {
        return dark ? new Color(0x7A271A) : new Color(0xB42318);
    }

    Color warningBanner() {
        return dark ? new Color(0x4E3A12) : new Color(0xFEF0C7);
    }

    Color warningText() {
        return dark ? new Color(0xFEDF89) : new Color(0x7A2E0E);
    }

    Color connected() {
        return labelledBadge();
    }

    /** Tag {@code tag}'s colour in the clip timeline; ten hues that stay apart, repeated past ten tags. */
    Color tagColor(int tag) {
        int[] light = {0x2E90FA, 0x12B76A, 0xF79009, 0x7A5AF8, 0xEE46BC, 0x06AED4, 0x66C61C, 0xD92D20, 0x875BF7, 0xB54708};
        int[] darkHues = {0x53B1FD, 0x32D583, 0xFDB022, 0x9B8AFB, 0xF670C7, 0x22CCEE, 0x85E13A, 0xF97066, 0xA48AFB, 0xE9A23B};
        return new Color((dark ? darkHues : light)[tag % light.length]);
    }

    /** A timeline cell decided "none of the tags". */
    Color noneCell() {
        return dark ? new Color(0x5D6673) : new Color(0xAAB2BF);
    }

    /** A timeline cell not yet labelled: the background, outlined in the warning colour. */
    Color unlabelledCell() {
        return dark ? new Color(0x22262C) : new Color(0xFFFAEB);
    }
}
