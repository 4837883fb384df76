package dev.fitt.adapters.swing;

import java.awt.Dimension;
import javax.swing.JLabel;

/**
 * A camera's name in its view's header. Names come from the data ("camera_front_wide_left"), so
 * a long one must not widen the view beyond its picture: it asks for at most {@link #MAX_WIDTH},
 * takes more only where the header has room to spare, and may shrink to {@link #MIN_WIDTH}; cut
 * short, it ends in "..." and the tooltip has it whole.
 */
final class CameraNameLabel extends JLabel {
    private static final int MAX_WIDTH = 150;
    private static final int MIN_WIDTH = 40;

    @Override
    public Dimension getPreferredSize() {
        Dimension size = super.getPreferredSize();
        size.width = Math.min(size.width, TagChip.scaled(MAX_WIDTH));
        return size;
    }

    @Override
    public Dimension getMinimumSize() {
        if (isMinimumSizeSet()) {
            return super.getMinimumSize();
        }
        Dimension size = super.getPreferredSize();
        size.width = Math.min(size.width, TagChip.scaled(MIN_WIDTH));
        return size;
    }

    /** The whole name: room left in the header goes to it first. */
    @Override
    public Dimension getMaximumSize() {
        return super.getPreferredSize();
    }
}
