package dev.fitt.adapters.swing;

import dev.fitt.domain.TagValue;
import com.formdev.flatlaf.util.UIScale;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.geom.RoundRectangle2D;
import javax.swing.JButton;

/**
 * A tag button drawn by hand so its three states read at a glance: True is a filled accent chip
 * with a check mark, False a quiet grey chip, unset a dashed outline with muted italic text.
 * The hotkey sits in a small badge on the left. Never takes focus: keys belong to the window.
 */
final class TagChip extends JButton {
    private final String key;
    private final String alias;
    private TagValue value = TagValue.UNSET;
    /** Null until measured for the current font. */
    private Dimension preferred;

    TagChip(String key, String alias) {
        this.key = key;
        this.alias = alias;
        setFocusable(false);
        setContentAreaFilled(false);
        setBorderPainted(false);
        setRolloverEnabled(true);
        setToolTipText(key.isEmpty() ? alias : alias + " (" + key + ")");
        getAccessibleContext().setAccessibleName(alias);
    }

    void show(TagValue newValue) {
        if (value != newValue) {
            value = newValue;
            getAccessibleContext().setAccessibleDescription(newValue.name());
            repaint();
        }
    }

    TagValue value() {
        return value;
    }

    /**
     * Asked for every chip at every column count each time the views are laid out (every frame);
     * it depends only on the alias and the font, so it is measured once per font.
     */
    @Override
    public Dimension getPreferredSize() {
        if (preferred == null) {
            FontMetrics fm = getFontMetrics(getFont().deriveFont(Font.BOLD));
            int h = fm.getHeight() + scaled(12);
            int w = scaled(12) + badgeWidth(fm) + scaled(8) + fm.stringWidth(alias) + scaled(24);
            preferred = new Dimension(w, h);
        }
        return new Dimension(preferred);
    }

    @Override
    public void setFont(Font font) {
        super.setFont(font);
        preferred = null;
    }

    @Override
    public void updateUI() {
        super.updateUI();
        preferred = null;
    }

    @Override
    protected void paintComponent(Graphics g) {
        Palette palette = Palette.current();
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            float arc = scaled(10);
            RoundRectangle2D.Float shape = new RoundRectangle2D.Float(1, 1, getWidth() - 2f, getHeight() - 2f, arc, arc);
            Color text;
            Font font = styled();
            switch (value) {
                case TRUE -> {
                    g2.setColor(palette.accent());
                    g2.fill(shape);
                    text = palette.onAccent();
                }
                case FALSE -> {
                    g2.setColor(palette.falseFill());
                    g2.fill(shape);
                    text = palette.falseText();
                }
                default -> {
                    Stroke dashed = new BasicStroke(scaled(1) * 1.3f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f,
                            new float[] {scaled(4), scaled(3)}, 0f);
                    g2.setStroke(dashed);
                    g2.setColor(palette.unsetOutline());
                    g2.draw(shape);
                    text = palette.unsetText();
                }
            }
            if (getModel().isRollover()) {
                g2.setColor(new Color(128, 128, 128, 40));
                g2.fill(shape);
            }
            g2.setFont(font);
            FontMetrics fm = g2.getFontMetrics();
            int baseline = (getHeight() - fm.getHeight()) / 2 + fm.getAscent();
            int x = scaled(8);
            int textX = textX(fm);
            if (!key.isEmpty()) {
                int bw = badgeWidth(fm);
                int bh = fm.getHeight();
                int by = (getHeight() - bh) / 2;
                g2.setColor(value == TagValue.TRUE ? new Color(255, 255, 255, 60) : new Color(128, 128, 128, 45));
                g2.fill(new RoundRectangle2D.Float(x, by, bw, bh, scaled(6), scaled(6)));
                g2.setColor(text);
                g2.drawString(key, x + (bw - fm.stringWidth(key)) / 2, baseline);
            }
            g2.setColor(text);
            x = textX;
            Drawn drawn = drawn(font, x);
            if (drawn.font() != font) {
                g2.setFont(drawn.font());
                fm = g2.getFontMetrics();
                baseline = (getHeight() - fm.getHeight()) / 2 + fm.getAscent();
            }
            g2.drawString(drawn.text(), x, baseline);
        } finally {
            g2.dispose();
        }
    }

    /** What the alias is drawn as: its text (whole, or cut with "...") and font. */
    record Drawn(String text, Font font) {
    }

    /** The alias as drawn at the chip's size now. */
    Drawn drawn() {
        Font font = styled();
        return drawn(font, textX(getFontMetrics(font)));
    }

    /** Bold when chosen, italic when unset, as the chip's state reads. */
    private Font styled() {
        return switch (value) {
            case TRUE -> getFont().deriveFont(Font.BOLD);
            case UNSET -> getFont().deriveFont(Font.ITALIC);
            default -> getFont();
        };
    }

    /** Where the alias starts: after the hotkey's badge. */
    private int textX(FontMetrics fm) {
        return scaled(8) + (key.isEmpty() ? 0 : badgeWidth(fm) + scaled(8));
    }

    /** Whole in a smaller font when that is readable (see {@link FittingFont}), else cut in its own. */
    private Drawn drawn(Font font, int x) {
        String shown = value == TagValue.TRUE ? "\u2713 " + alias : alias;
        int room = getWidth() - x - scaled(6);
        Font fitting = FittingFont.of(font, shown, room, this::getFontMetrics);
        if (fitting != null) {
            return new Drawn(shown, fitting);
        }
        // The filled chip says "chosen" already: the tag's name matters more than the check mark.
        Font withoutMark = value == TagValue.TRUE ? FittingFont.of(font, alias, room, this::getFontMetrics) : null;
        if (withoutMark != null) {
            return new Drawn(alias, withoutMark);
        }
        return new Drawn(clip(shown, getFontMetrics(font), room), font);
    }

    private int badgeWidth(FontMetrics fm) {
        return key.isEmpty() ? 0 : Math.max(fm.stringWidth(key) + scaled(10), fm.getHeight());
    }

    private static String clip(String text, FontMetrics fm, int width) {
        if (fm.stringWidth(text) <= width) {
            return text;
        }
        String dots = "\u2026";
        int end = text.length();
        while (end > 0 && fm.stringWidth(text.substring(0, end) + dots) > width) {
            end--;
        }
        return text.substring(0, end) + dots;
    }

    /** FlatLaf's HiDPI factor, so hand-drawn parts grow with the fonts. */
    static int scaled(int px) {
        return UIScale.scale(px);
    }
}
