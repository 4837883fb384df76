package dev.fitt.adapters.swing;

import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.Insets;
import java.awt.LayoutManager;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JScrollPane;
import javax.swing.SwingUtilities;

/**
 * Lays the camera views out so their pictures are as large as the room allows with every view's
 * header and tag chips in sight: a grid of as many columns as gives the largest pictures, or in
 * strip mode the active camera large above a row of thumbnails (no chips) of the others. Views
 * are sized to their pictures and centred, so no room goes to letterboxing. When even the
 * smallest useful picture leaves no room, the views keep that size and the panel scrolls.
 */
final class FitLayout implements LayoutManager {
    /** Below this height a picture tells the annotator nothing; the panel scrolls instead. */
    private static final int SMALLEST_PICTURE = 60;
    /** The strip's share of the height: thumbnails to recognise a scene, the rest for the active camera. */
    private static final double STRIP_SHARE = 0.26;
    /** The same beside the active camera, as a share of the width. */
    private static final double SIDE_SHARE = 0.28;

    private final int gap;
    private boolean strip;
    private int active;

    FitLayout(int gap) {
        this.gap = gap;
    }

    /** True when the next layout puts the active camera large above a strip of the others. */
    boolean strip(boolean on, int activeCamera) {
        boolean changed = strip != on || (on && active != activeCamera);
        strip = on;
        active = activeCamera;
        return changed;
    }

    @Override
    public void layoutContainer(Container target) {
        Rectangle area = area(target, target.getWidth(), target.getHeight());
        arrange(views(target), area, true);
    }

    /** The room the viewport gives, or more when the views need more than it has (the panel then scrolls). */
    @Override
    public Dimension preferredLayoutSize(Container target) {
        Dimension room = room(target);
        Rectangle area = area(target, room.width, room.height);
        Dimension used = arrange(views(target), area, false);
        Insets insets = target.getInsets();
        return new Dimension(Math.max(room.width, used.width + insets.right + gap),
                Math.max(room.height, used.height + insets.bottom + gap));
    }

    @Override
    public Dimension minimumLayoutSize(Container target) {
        return new Dimension(TagChip.scaled(100), TagChip.scaled(100));
    }

    @Override
    public void addLayoutComponent(String name, Component comp) {
    }

    @Override
    public void removeLayoutComponent(Component comp) {
    }

    private Rectangle area(Container target, int width, int height) {
        Insets insets = target.getInsets();
        return new Rectangle(insets.left + gap, insets.top + gap, Math.max(1, width - insets.left - insets.right
                - 2 * gap), Math.max(1, height - insets.top - insets.bottom - 2 * gap));
    }

    private static Dimension room(Container target) {
        JScrollPane scroll = (JScrollPane) SwingUtilities.getAncestorOfClass(JScrollPane.class, target);
        Dimension room = scroll != null ? scroll.getViewport().getExtentSize() : target.getSize();
        return room.width > 0 && room.height > 0 ? room : new Dimension(TagChip.scaled(1200), TagChip.scaled(700));
    }

    private static List<CameraView> views(Container target) {
        List<CameraView> views = new ArrayList<>();
        for (Component c : target.getComponents()) {
            if (c.isVisible() && c instanceof CameraView view) {
                views.add(view);
            }
        }
        return views;
    }

    /** Places (when {@code apply}) the views in {@code area}; returns the right and bottom edge used. */
    private Dimension arrange(List<CameraView> views, Rectangle area, boolean apply) {
        if (views.isEmpty()) {
            return new Dimension(0, 0);
        }
        CameraView big = views.stream().filter(v -> v.camera() == active).findFirst().orElse(views.get(0));
        if (!strip || views.size() < 2) {
            views.forEach(v -> v.compact(false));
            return grid(views, area, bestColumns(views, area), apply);
        }
        List<CameraView> others = new ArrayList<>(views);
        others.remove(big);
        big.compact(false);
        others.forEach(v -> v.compact(true));
        // Below or beside the active camera, whichever leaves its picture larger.
        int stripHeight = stripHeight(others, area);
        Rectangle above = new Rectangle(area.x, area.y, area.width, Math.max(1, area.height - stripHeight - gap));
        Rectangle below = new Rectangle(area.x, above.y + above.height + gap, area.width, stripHeight);
        int sideWidth = (int) Math.round(area.width * SIDE_SHARE);
        Rectangle left = new Rectangle(area.x, area.y, Math.max(1, area.width - sideWidth - gap), area.height);
        Rectangle side = new Rectangle(left.x + left.width + gap, area.y, sideWidth, area.height);
        Fit aboveFit = fit(big, new Dimension(above.width, above.height));
        Fit leftFit = fit(big, new Dimension(left.width, left.height));
        boolean beside = (long) leftFit.pictureWidth() * leftFit.pictureHeight()
                > (long) aboveFit.pictureWidth() * aboveFit.pictureHeight();
        Rectangle main = beside ? left : above;
        Rectangle rest = beside ? side : below;
        Dimension usedMain = grid(List.of(big), main, 1, apply);
        Dimension usedRest = grid(others, rest, beside ? bestColumns(others, rest) : others.size(), apply);
        return new Dimension(Math.max(usedMain.width, usedRest.width), Math.max(usedMain.height, usedRest.height));
    }

    /** Tall enough for thumbnails that show a scene, never taller than their width needs. */
    private int stripHeight(List<CameraView> others, Rectangle area) {
        CameraView sample = others.get(0);
        int cellWidth = (area.width - (others.size() - 1) * gap) / others.size();
        int needed = sample.chromeHeight(cellWidth)
                + (int) Math.round((cellWidth - sample.chromeWidth()) / sample.aspect());
        int share = (int) Math.round(area.height * STRIP_SHARE);
        return Math.max(sample.chromeHeight(cellWidth) + TagChip.scaled(SMALLEST_PICTURE / 2), Math.min(share, needed));
    }

    /** The column count that gives the largest pictures. */
    private int bestColumns(List<CameraView> views, Rectangle area) {
        int best = 1;
        double bestArea = -1;
        for (int columns = 1; columns <= views.size(); columns++) {
            int rows = (views.size() + columns - 1) / columns;
            Dimension cell = cell(area, columns, rows);
            double total = 0;
            for (CameraView view : views) {
                Fit fit = fit(view, cell);
                // A view taller than its cell makes the panel scroll: any arrangement without that is better.
                double overflow = fit.viewHeight() > cell.height ? 1e-9 : 1;
                total += (double) fit.pictureWidth() * fit.pictureHeight() * overflow;
            }
            if (total > bestArea * 1.0001) {
                bestArea = total;
                best = columns;
            }
        }
        return best;
    }

    private Dimension cell(Rectangle area, int columns, int rows) {
        return new Dimension(Math.max(1, (area.width - (columns - 1) * gap) / columns),
                Math.max(1, (area.height - (rows - 1) * gap) / rows));
    }

    /** A view's size in its cell and the picture's inside it. */
    private record Fit(int viewWidth, int viewHeight, int pictureWidth, int pictureHeight) {
    }

    /**
     * The largest picture for {@code view} in a cell with the view's header and chips, at the
     * picture's shape. Wider views put the chips in more columns, so in fewer rows: every width
     * at which the column count changes is tried. Never below the smallest useful height.
     */
    private static Fit fit(CameraView view, Dimension cell) {
        double aspect = view.aspect();
        int chromeWidth = view.chromeWidth();
        int widest = cell.width - chromeWidth;
        int smallest = TagChip.scaled(SMALLEST_PICTURE);
        Fit best = null;
        for (int width : view.chipBreakpoints(cell.width)) {
            int height = Math.min(cell.height - view.chromeHeight(width), (int) Math.floor(widest / aspect));
            height = Math.max(height, smallest);
            int pictureWidth = (int) Math.floor(height * aspect);
            int viewWidth = Math.max(width, pictureWidth + chromeWidth);
            if (best == null || height > best.pictureHeight()) {
                best = new Fit(viewWidth, height + view.chromeHeight(viewWidth), pictureWidth, height);
            }
        }
        return best;
    }

    /** Rows of {@code columns} views, each sized to its picture, each row and the block centred in {@code area}. */
    private Dimension grid(List<CameraView> views, Rectangle area, int columns, boolean apply) {
        int rows = (views.size() + columns - 1) / columns;
        Dimension cell = cell(area, columns, rows);
        List<Rectangle> placed = new ArrayList<>();
        int[] rowHeights = new int[rows];
        int[] rowWidths = new int[rows];
        for (int i = 0; i < views.size(); i++) {
            CameraView view = views.get(i);
            Fit fit = fit(view, cell);
            int width = fit.viewWidth();
            int height = fit.viewHeight();
            int row = i / columns;
            rowHeights[row] = Math.max(rowHeights[row], height);
            rowWidths[row] += (i % columns == 0 ? 0 : gap) + width;
            placed.add(new Rectangle(0, 0, width, height));
        }
        int blockHeight = (rows - 1) * gap;
        for (int h : rowHeights) {
            blockHeight += h;
        }
        int y = area.y + Math.max(0, (area.height - blockHeight) / 2);
        int right = 0;
        int bottom = 0;
        for (int row = 0, i = 0; row < rows; row++) {
            int x = area.x + Math.max(0, (area.width - rowWidths[row]) / 2);
            for (int c = 0; c < columns && i < views.size(); c++, i++) {
                Rectangle r = placed.get(i);
                r.setLocation(x, y + (rowHeights[row] - r.height) / 2);
                if (apply) {
                    views.get(i).setBounds(r);
                }
                x += r.width + gap;
                right = Math.max(right, r.x + r.width);
                bottom = Math.max(bottom, r.y + r.height);
            }
            y += rowHeights[row] + gap;
        }
        return new Dimension(right, bottom);
    }
}
