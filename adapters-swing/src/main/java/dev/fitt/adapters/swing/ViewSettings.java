package dev.fitt.adapters.swing;

/**
 * How the annotator arranged the camera views: zoom, strip or grid, and their order. Read by the
 * render, changed by {@link ViewCommands}. EDT only.
 */
final class ViewSettings {
    /** From this many cameras the grid's pictures get small: the active one large, the others as a strip. */
    private static final int STRIP_FROM = 5;

    private Zoom zoom = Zoom.fitted();
    /** The annotator's choice of strip or grid (V); until then, a strip from {@link #STRIP_FROM} cameras on. */
    private Boolean stripChosen;
    private ViewOrder order;

    ViewSettings(int cameras) {
        this.order = ViewOrder.natural(cameras);
    }

    Zoom zoom() {
        return zoom;
    }

    void zoom(Zoom next) {
        zoom = next;
    }

    boolean strip(int cameras) {
        return stripChosen != null ? stripChosen : cameras >= STRIP_FROM;
    }

    /** Switches between strip and grid for a frame of this many cameras; true when it is a strip now. */
    boolean toggleStrip(int cameras) {
        stripChosen = !strip(cameras);
        return stripChosen;
    }

    /** The views' order, reset to the natural one when the frame has another number of cameras. */
    ViewOrder order(int cameras) {
        if (order.size() != cameras) {
            order = ViewOrder.natural(cameras);
        }
        return order;
    }

    ViewOrder order() {
        return order;
    }

    void moveEarlier(int camera) {
        order = order.moveEarlier(camera);
    }

    void moveLater(int camera) {
        order = order.moveLater(camera);
    }
}
