package dev.fitt.adapters.swing;

import dev.fitt.domain.TagValue;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Paints a {@link ClipTimeline}: each camera's name and row of cells coloured by the image's tags,
 * the current frame's outline and the selection. Where the cells are ({@code left}, cell width,
 * row height) is the timeline's to say, so painting and clicking agree.
 */
final class ClipCellsPainter {
    private final ClipTimeline.Content content;
    private final Optional<ClipTimeline.Selection> selection;
    private final int left;
    private final double width;
    private final int rowHeight;
    private final int top;

    ClipCellsPainter(ClipTimeline.Content content, Optional<ClipTimeline.Selection> selection, int left,
            double cellWidth, int rowHeight, int top) {
        this.content = content;
        this.selection = selection;
        this.left = left;
        this.width = cellWidth;
        this.rowHeight = rowHeight;
        this.top = top;
    }

    /** The colours a cell is painted in: one per chosen tag, grey for none, empty when unlabelled. */
    static List<Color> colours(ClipTimeline.Content content, int frame, int camera) {
        Palette palette = Palette.current();
        List<TagValue> values = content.valuesAt().apply(content.clip().frame(frame).index(camera));
        List<Color> colours = new ArrayList<>();
        if (values.stream().noneMatch(TagValue::isSet)) {
            return colours;
        }
        for (int tag = 0; tag < values.size(); tag++) {
            if (values.get(tag) == TagValue.TRUE) {
                colours.add(palette.tagColor(tag));
            }
        }
        if (colours.isEmpty()) {
            colours.add(palette.noneCell());
        }
        return colours;
    }

    void paint(Graphics2D g2, Font labelFont) {
        Palette palette = Palette.current();
        g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        int cameras = content.clip().cameras();
        int frames = content.clip().frameCount();
        // Gaps between cells only while cells are wide enough to spare them.
        int gap = width >= TagChip.scaled(6) ? 1 : 0;
        g2.setFont(labelFont);
        FontMetrics fm = g2.getFontMetrics();
        for (int camera = 0; camera < cameras; camera++) {
            int y = top + camera * rowHeight;
            g2.setColor(camera == content.activeCamera() ? palette.accent() : palette.unsetText());
            String name = content.cameraNames().get(camera);
            g2.drawString(ellipsize(name, fm, left - TagChip.scaled(8)), TagChip.scaled(2),
                    y + (rowHeight + fm.getAscent() - fm.getDescent()) / 2);
            for (int frame = 0; frame < frames; frame++) {
                int x0 = (int) Math.round(left + frame * width);
                int x1 = (int) Math.round(left + (frame + 1) * width) - gap;
                int w = Math.max(1, x1 - x0);
                int h = rowHeight - 1;
                List<Color> colours = colours(content, frame, camera);
                if (colours.isEmpty()) {
                    g2.setColor(palette.unlabelledCell());
                    g2.fillRect(x0, y, w, h);
                    g2.setColor(palette.unlabelledBadge());
                    g2.drawLine(x0, y + h - 1, x0 + w - 1, y + h - 1);
                    g2.drawLine(x0, y, x0 + w - 1, y);
                } else {
                    for (int i = 0; i < colours.size(); i++) {
                        int from = y + i * h / colours.size();
                        int to = y + (i + 1) * h / colours.size();
                        g2.setColor(colours.get(i));
                        g2.fillRect(x0, from, w, Math.max(1, to - from));
                    }
                }
            }
        }
        int current = content.frame() - content.firstFrame();
        if (current >= 0 && current < frames) {
            int x0 = (int) Math.round(left + current * width);
            int x1 = (int) Math.round(left + (current + 1) * width);
            g2.setColor(palette.accent());
            g2.setStroke(new BasicStroke(TagChip.scaled(2)));
            g2.drawRect(x0 - 1, top - 1, Math.max(2, x1 - x0), cameras * rowHeight);
        }
        selection.ifPresent(s -> {
            int x0 = (int) Math.round(left + (s.fromFrame() - content.firstFrame()) * width);
            int x1 = (int) Math.round(left + (s.toFrame() - content.firstFrame() + 1) * width);
            int y0 = top + s.firstCamera() * rowHeight;
            int y1 = top + (s.lastCamera() + 1) * rowHeight;
            Color accent = palette.accent();
            g2.setColor(new Color(accent.getRed(), accent.getGreen(), accent.getBlue(), 70));
            g2.fillRect(x0, y0, x1 - x0, y1 - y0);
            g2.setColor(accent);
            g2.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
                    1f, new float[] {4f, 3f}, 0f));
            g2.drawRect(x0, y0, x1 - x0 - 1, y1 - y0 - 1);
        });
    }

    private static String ellipsize(String text, FontMetrics fm, int room) {
        if (fm.stringWidth(text) <= room) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && fm.stringWidth(cut + "\u2026") > room) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "\u2026";
    }
}
