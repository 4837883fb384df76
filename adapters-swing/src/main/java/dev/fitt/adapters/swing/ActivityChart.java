package dev.fitt.adapters.swing;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Insets;
import java.awt.RenderingHints;
import java.util.List;
import java.util.Optional;
import javax.swing.JComponent;
import javax.swing.UIManager;

/**
 * Frames per hour over the last day as stacked bars, one colour per annotator, with a legend;
 * drawn by hand (a few rectangles need no chart library). Shows {@link ActivityChartModel}.
 */
final class ActivityChart extends JComponent {
    private Optional<ActivityChartModel> model = Optional.empty();

    ActivityChart() {
        setPreferredSize(new Dimension(TagChip.scaled(640), TagChip.scaled(200)));
        setMinimumSize(new Dimension(TagChip.scaled(240), TagChip.scaled(120)));
    }

    void show(ActivityChartModel shown) {
        model = Optional.of(shown);
        repaint();
    }

    /** The model drawn now, for tests. */
    Optional<ActivityChartModel> model() {
        return model;
    }

    @Override
    protected void paintComponent(Graphics g) {
        if (model.isEmpty()) {
            return;
        }
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            Insets in = getInsets();
            g2.translate(in.left, in.top);
            paint(g2, model.get(), getWidth() - in.left - in.right, getHeight() - in.top - in.bottom);
        } finally {
            g2.dispose();
        }
    }

    private void paint(Graphics2D g, ActivityChartModel m, int width, int height) {
        Palette palette = Palette.current();
        Color text = UIManager.getColor("Label.foreground");
        Color muted = palette.unsetText();
        FontMetrics fm = g.getFontMetrics();
        int legendHeight = fm.getHeight() + TagChip.scaled(6);
        int left = fm.stringWidth(String.valueOf(m.scaleMax())) + TagChip.scaled(10);
        int right = width - TagChip.scaled(12);
        int top = legendHeight + TagChip.scaled(6);
        int bottom = height - fm.getHeight() - TagChip.scaled(6);
        if (right - left < m.hours() || bottom - top < TagChip.scaled(20)) {
            return;
        }
        legend(g, m, palette, text, fm, width);
        g.setStroke(new BasicStroke(1f));
        for (int tick : m.ticks()) {
            int y = y(tick, m, top, bottom);
            g.setColor(palette.viewBorder());
            g.drawLine(left, y, right, y);
            g.setColor(muted);
            String label = String.valueOf(tick);
            g.drawString(label, left - TagChip.scaled(6) - fm.stringWidth(label), y + fm.getAscent() / 2 - 1);
        }
        double slot = (double) (right - left) / m.hours();
        int gap = Math.max(1, (int) (slot * 0.18));
        for (int hour = 0; hour < m.hours(); hour++) {
            int x = left + (int) Math.round(hour * slot) + gap / 2;
            int barWidth = Math.max(1, (int) Math.round(slot) - gap);
            int below = 0;
            for (int series = 0; series < m.series().size(); series++) {
                int frames = m.segment(hour, series);
                if (frames == 0) {
                    continue;
                }
                int yTop = y(below + frames, m, top, bottom);
                int yBottom = y(below, m, top, bottom);
                g.setColor(palette.tagColor(series));
                g.fillRect(x, yTop, barWidth, Math.max(1, yBottom - yTop));
                below += frames;
            }
        }
        g.setColor(muted);
        for (ActivityChartModel.Mark mark : m.marks()) {
            int x = left + (int) Math.round(mark.hour() * slot);
            g.drawLine(x, bottom, x, bottom + TagChip.scaled(3));
            int labelWidth = fm.stringWidth(mark.label());
            g.drawString(mark.label(), markLabelX(x, labelWidth, left, right), bottom + fm.getAscent()
                    + TagChip.scaled(4));
        }
        if (m.empty()) {
            String note = "Nobody tagged a frame in the last 24 hours";
            g.setColor(muted);
            g.drawString(note, left + (right - left - fm.stringWidth(note)) / 2, (top + bottom) / 2);
        }
    }

    private void legend(Graphics2D g, ActivityChartModel m, Palette palette, Color text, FontMetrics fm, int width) {
        int x = TagChip.scaled(4);
        int box = fm.getAscent() - 2;
        String title = "Frames per hour, last 24 hours" + (m.series().isEmpty() ? "" : ":");
        g.setColor(text);
        g.drawString(title, x, fm.getAscent());
        x += fm.stringWidth(title) + TagChip.scaled(12);
        List<String> series = m.series();
        for (int i = 0; i < series.size() && x < width - box; i++) {
            g.setColor(palette.tagColor(i));
            g.fillRect(x, fm.getAscent() - box, box, box);
            x += box + TagChip.scaled(4);
            g.setColor(text);
            g.drawString(series.get(i), x, fm.getAscent());
            x += fm.stringWidth(series.get(i)) + TagChip.scaled(14);
        }
    }

    private static int y(int frames, ActivityChartModel m, int top, int bottom) {
        return bottom - (int) Math.round((double) frames / m.scaleMax() * (bottom - top));
    }

    /** Where a mark's label starts: centred under its tick, moved inside the plot at either end. */
    static int markLabelX(int tick, int labelWidth, int left, int right) {
        // Not left of the plot: the axis' numbers are narrow, so half of "24 h ago" fell off the panel.
        return Math.max(left, Math.min(right - labelWidth, tick - labelWidth / 2));
    }
}
