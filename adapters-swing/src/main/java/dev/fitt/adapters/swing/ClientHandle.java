package dev.fitt.adapters.swing;

import java.time.Duration;

/** A running client window, for whoever launched it (e.g. a Ctrl+C hook). */
public interface ClientHandle {
    /**
     * Flushes pending edits, asks the server to save, closes the session and the window. Blocks at
     * most about {@code maxWait}; call it off the Swing event thread. True when every edit and the
     * final save reached the server (also true when nothing was open yet).
     */
    boolean closeAndWait(Duration maxWait);
}
