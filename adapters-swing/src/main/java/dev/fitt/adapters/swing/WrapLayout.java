package dev.fitt.adapters.swing;

import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Insets;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JComponent;
import javax.swing.JScrollPane;
import javax.swing.SwingUtilities;

/**
 * A FlowLayout whose preferred size wraps to the width it is given, so camera views form a grid
 * that reflows as the window is resized (plain FlowLayout reports one endless row, and a scroll
 * pane would then never wrap).
 */
final class WrapLayout extends FlowLayout {
    /** The width the last layout had, outside a scroll pane; -1 before the first. */
    private int laidOutWidth = -1;

    WrapLayout(int hgap, int vgap) {
        super(FlowLayout.LEFT, hgap, vgap);
    }

    /**
     * How many items go on each row when items of {@code widths} are laid out left to right with
     * {@code hgap} between them in {@code available} pixels. An item wider than the row gets a
     * row of its own.
     */
    static List<Integer> rows(int[] widths, int available, int hgap) {
        List<Integer> rows = new ArrayList<>();
        int inRow = 0;
        int used = 0;
        for (int width : widths) {
            int needed = inRow == 0 ? width : used + hgap + width;
            if (inRow > 0 && needed > available) {
                rows.add(inRow);
                inRow = 0;
                needed = width;
            }
            inRow++;
            used = needed;
        }
        if (inRow > 0) {
            rows.add(inRow);
        }
        return rows;
    }

    /**
     * Outside a scroll pane the height a bar wants depends on the width its parent just gave it:
     * when that width changed, the parent is asked once more, so the rows wrap at the new width.
     */
    @Override
    public void layoutContainer(Container target) {
        super.layoutContainer(target);
        if (SwingUtilities.getAncestorOfClass(JScrollPane.class, target) == null && target.getWidth() != laidOutWidth) {
            laidOutWidth = target.getWidth();
            if (preferredLayoutSize(target).height != target.getHeight() && target instanceof JComponent component) {
                SwingUtilities.invokeLater(component::revalidate);
            }
        }
    }

    @Override
    public Dimension preferredLayoutSize(Container target) {
        return layoutSize(target, true);
    }

    @Override
    public Dimension minimumLayoutSize(Container target) {
        Dimension size = layoutSize(target, false);
        size.width -= getHgap() + 1;
        return size;
    }

    private Dimension layoutSize(Container target, boolean preferred) {
        synchronized (target.getTreeLock()) {
            int targetWidth = availableWidth(target);
            Insets insets = target.getInsets();
            int outside = insets.left + insets.right + getHgap() * 2;
            int available = targetWidth - outside;
            List<Dimension> sizes = new ArrayList<>();
            for (Component c : target.getComponents()) {
                if (c.isVisible()) {
                    sizes.add(preferred ? c.getPreferredSize() : c.getMinimumSize());
                }
            }
            int[] widths = sizes.stream().mapToInt(d -> d.width).toArray();
            List<Integer> rows = rows(widths, available, getHgap());
            int width = 0;
            int height = 0;
            int next = 0;
            for (int count : rows) {
                int rowWidth = 0;
                int rowHeight = 0;
                for (int i = 0; i < count; i++, next++) {
                    rowWidth += (i == 0 ? 0 : getHgap()) + sizes.get(next).width;
                    rowHeight = Math.max(rowHeight, sizes.get(next).height);
                }
                width = Math.max(width, rowWidth);
                height += rowHeight + getVgap();
            }
            return new Dimension(width + outside, height + insets.top + insets.bottom + getVgap());
        }
    }

    /** The width to wrap at: the viewport's when in a scroll pane, else the container's. */
    private static int availableWidth(Container target) {
        JScrollPane scroll = (JScrollPane) SwingUtilities.getAncestorOfClass(JScrollPane.class, target);
        Container sizing = scroll != null ? scroll.getViewport() : target;
        int width = sizing.getWidth();
        return width > 0 ? width : Integer.MAX_VALUE / 2;
    }
}
