package dev.fitt.adapters.swing;

import com.formdev.flatlaf.util.UIScale;
import java.awt.Font;
import java.awt.FontMetrics;
import java.util.function.Function;

/**
 * Text from the data (camera names, tag aliases) in a small window: a little short of room it is
 * drawn in a smaller font, never below {@link #SMALLEST_POINTS}; shorter still, it is cut with
 * "..." by whoever draws it, and the tooltip has it whole.
 */
final class FittingFont {
    /** The smallest font text is drawn in to show it whole: below that, "..." reads better. */
    static final float SMALLEST_POINTS = 11f;

    private FittingFont() {
    }

    /** {@code own} when {@code text} fits {@code room}, else the largest smaller font that does, else null. */
    static Font of(Font own, String text, int room, Function<Font, FontMetrics> metrics) {
        if (metrics.apply(own).stringWidth(text) <= room) {
            return own;
        }
        float smallest = UIScale.scale(SMALLEST_POINTS);
        for (float size = own.getSize2D() - 0.5f; size >= smallest; size -= 0.5f) {
            Font smaller = own.deriveFont(size);
            if (metrics.apply(smaller).stringWidth(text) <= room) {
                return smaller;
            }
        }
        return null;
    }
}
