package dev.fitt.adapters.swing;

/** Asks the window to show the session's state again. EDT only. */
interface Repaint {
    /** Many events per key press (labels, pending, frame) end in one repaint. */
    void scheduleRender();

    /** Now, for commands that change the layout and revalidate after it. */
    void renderNow();
}
