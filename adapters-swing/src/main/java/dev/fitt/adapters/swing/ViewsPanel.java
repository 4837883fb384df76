package dev.fitt.adapters.swing;

import java.awt.Dimension;
import java.awt.Rectangle;
import javax.swing.JPanel;
import javax.swing.Scrollable;
import javax.swing.SwingConstants;

/**
 * Holds the camera views; tracks the viewport's width so the {@link WrapLayout} wraps instead of
 * growing sideways. It is the window's focus owner, so Tab reaches the hotkeys instead of moving
 * focus.
 */
final class ViewsPanel extends JPanel implements Scrollable {
    ViewsPanel() {
        super(new WrapLayout(TagChip.scaled(12), TagChip.scaled(12)));
        setFocusable(true);
        setFocusTraversalKeysEnabled(false);
    }

    @Override
    public Dimension getPreferredScrollableViewportSize() {
        return getPreferredSize();
    }

    @Override
    public int getScrollableUnitIncrement(Rectangle visible, int orientation, int direction) {
        return TagChip.scaled(40);
    }

    @Override
    public int getScrollableBlockIncrement(Rectangle visible, int orientation, int direction) {
        return orientation == SwingConstants.VERTICAL ? visible.height : visible.width;
    }

    @Override
    public boolean getScrollableTracksViewportWidth() {
        return true;
    }

    @Override
    public boolean getScrollableTracksViewportHeight() {
        return false;
    }
}
