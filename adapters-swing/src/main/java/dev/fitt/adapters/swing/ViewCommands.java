package dev.fitt.adapters.swing;

import dev.fitt.client.port.in.LabellingSession;
import javax.swing.JScrollBar;

/**
 * What the annotator's view commands do: zoom, strip or grid, scrolling, the cameras' order and
 * Tab through it, asking for an image again, the help overlay, and Enter / Esc on what is shown.
 * EDT only.
 */
final class ViewCommands {
    private final ClientWindow window;
    private final LabellingSession session;
    private final ViewSettings settings;
    private final FrameRenderer renderer;
    private final DecodedImages images;
    private final HelpOverlay help;
    private final CommandRunner runner;
    private final Feedback feedback;
    private final Repaint repaint;

    ViewCommands(ClientWindow window, LabellingSession session, ViewSettings settings, FrameRenderer renderer,
            DecodedImages images, HelpOverlay help, CommandRunner runner, Feedback feedback, Repaint repaint) {
        this.window = window;
        this.session = session;
        this.settings = settings;
        this.renderer = renderer;
        this.images = images;
        this.help = help;
        this.runner = runner;
        this.feedback = feedback;
        this.repaint = repaint;
    }

    void zoomIn() {
        zoom(settings.zoom().in(renderer.shownPercent()));
    }

    void zoomOut() {
        zoom(settings.zoom().out(renderer.shownPercent()));
    }

    void fit() {
        zoom(Zoom.fitted());
    }

    /** Strip or grid; either way fitted to the window. */
    void toggleStrip() {
        boolean strip = settings.toggleStrip(session.navigation().currentFrame().cameras());
        feedback.note(strip ? "The active camera large, the others as a strip (V for all alike)"
                : "Every camera alike (V for the active one large)");
        zoom(Zoom.fitted());
    }

    void scroll(int direction) {
        JScrollBar bar = window.scroll.getVerticalScrollBar();
        bar.setValue(bar.getValue() + direction * TagChip.scaled(120));
    }

    /** Tab follows the views' visual order. */
    void nextCamera() {
        session.navigation().selectCamera(settings.order().after(session.navigation().activeCamera()));
    }

    void previousCamera() {
        session.navigation().selectCamera(settings.order().before(session.navigation().activeCamera()));
    }

    void moveEarlier(int camera) {
        settings.moveEarlier(camera);
        reorder();
    }

    void moveLater(int camera) {
        settings.moveLater(camera);
        reorder();
    }

    void refresh(int camera) {
        runner.run(() -> {
            images.refresh(session.navigation().currentFrame().index(camera));
            feedback.note("Requesting image again\u2026");
            repaint.scheduleRender();
        });
    }

    void toggleHelp() {
        help.setVisible(!help.isVisible());
    }

    void confirm() {
        window.notices.answer(true);
    }

    /** Esc closes what is newest on screen: a question, the timeline selection, the help, a notice. */
    void cancel() {
        if (window.notices.answer(false)) {
            return;
        }
        if (window.timeline.selection().isPresent()) {
            window.timeline.clearSelection();
            return;
        }
        if (help.isVisible()) {
            help.setVisible(false);
        } else {
            window.notices.closeNewest();
        }
    }

    /** The zoom shown in the toolbar, for the first render. */
    void showZoom() {
        window.zoomLabel.setText(settings.zoom().label());
    }

    private void zoom(Zoom next) {
        settings.zoom(next);
        showZoom();
        repaint.renderNow();
        window.views.revalidate();
    }

    private void reorder() {
        repaint.renderNow();
        window.views.revalidate();
        window.views.repaint();
    }
}
