package dev.fitt.adapters.swing;

import java.awt.Dimension;
import java.awt.Rectangle;
import javax.swing.JPanel;
import javax.swing.JViewport;
import javax.swing.Scrollable;
import javax.swing.SwingConstants;
import javax.swing.SwingUtilities;

/**
 * Holds the camera views: fitted to the viewport by a {@link FitLayout} (the default), or at a
 * zoom percentage in a {@link WrapLayout} grid that wraps at the viewport's width and scrolls. It
 * is the window's focus owner, so Tab reaches the hotkeys instead of moving focus.
 */
final class ViewsPanel extends JPanel implements Scrollable {
    private final FitLayout fit = new FitLayout(TagChip.scaled(12));
    private final WrapLayout wrap = new WrapLayout(TagChip.scaled(12), TagChip.scaled(12));

    ViewsPanel() {
        setLayout(fit);
        setFocusable(true);
        setFocusTraversalKeysEnabled(false);
    }

    /** Fitted or zoomed; fitted, the active camera large above a strip of the others when {@code strip}. */
    void arrange(Zoom zoom, boolean strip, int activeCamera) {
        boolean changed = fit.strip(strip, activeCamera);
        if (zoom.fit() != (getLayout() == fit)) {
            setLayout(zoom.fit() ? fit : wrap);
            if (!zoom.fit()) {
                // Zoomed, every view shows its chips again.
                for (var c : getComponents()) {
                    if (c instanceof CameraView view) {
                        view.compact(false);
                    }
                }
            }
            changed = true;
        }
        if (changed) {
            revalidate();
            repaint();
        }
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

    /** Fitted, the views fill the viewport's height unless even their smallest size needs more. */
    @Override
    public boolean getScrollableTracksViewportHeight() {
        if (getLayout() != fit) {
            return false;
        }
        JViewport viewport = (JViewport) SwingUtilities.getAncestorOfClass(JViewport.class, this);
        return viewport != null && fit.preferredLayoutSize(this).height <= viewport.getHeight();
    }
}
