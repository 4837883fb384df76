package dev.fitt.adapters.swing;

import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Insets;
import java.awt.RenderingHints;
import javax.swing.JLabel;

/**
 * A camera's name in its view's header. Names come from the data ("camera_front_wide_left"), so
 * a long one must not widen the view beyond its picture: it asks for at most {@link #MAX_WIDTH},
 * takes more only where the header has room to spare, and may shrink to {@link #MIN_WIDTH}. A little
 * short of room, it is drawn in a smaller font (never below {@link FittingFont#SMALLEST_POINTS}); shorter
 * still, it ends in "..." and the tooltip has it whole.
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

    /**
     * The font the name is drawn in at the label's width: its own when it fits, else the largest
     * smaller one down to {@link FittingFont#SMALLEST_POINTS} that fits, else null (drawn cut, with "...").
     */
    Font fittingFont() {
        Font own = getFont();
        String text = getText();
        if (own == null || text == null || text.isEmpty()) {
            return own;
        }
        Insets insets = getInsets();
        return FittingFont.of(own, text, getWidth() - insets.left - insets.right, this::getFontMetrics);
    }

    @Override
    protected void paintComponent(Graphics g) {
        Font fitting = fittingFont();
        if (fitting == null || fitting.equals(getFont())) {
            super.paintComponent(g);
            return;
        }
        // Drawn here rather than by setting the font, which would change the size the header lays out.
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            Object hints = java.awt.Toolkit.getDefaultToolkit().getDesktopProperty("awt.font.desktophints");
            if (hints instanceof java.util.Map<?, ?> map) {
                g2.addRenderingHints(map);
            }
            g2.setFont(fitting);
            g2.setColor(getForeground());
            FontMetrics metrics = g2.getFontMetrics();
            Insets insets = getInsets();
            int innerHeight = getHeight() - insets.top - insets.bottom;
            int baseline = insets.top + (innerHeight - metrics.getHeight()) / 2 + metrics.getAscent();
            g2.drawString(getText(), insets.left, baseline);
        } finally {
            g2.dispose();
        }
    }
}
