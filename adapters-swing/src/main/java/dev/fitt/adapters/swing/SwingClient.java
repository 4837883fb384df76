package dev.fitt.adapters.swing;

import javax.swing.SwingUtilities;

/** The desktop client's entry point for bootstrap. */
public final class SwingClient {
    private SwingClient() {
    }

    /**
     * Shows the client window at once and opens the session in the background. Returns
     * immediately. {@link ClientLaunch#onExit()} runs after the user closed the window (and the
     * session was flushed); a close requested through the returned handle does not run it, since
     * its caller (e.g. a shutdown hook) is already ending the program.
     */
    public static ClientHandle launch(ClientLaunch launch) {
        ClientApp app = new ClientApp(launch);
        SwingUtilities.invokeLater(app::start);
        return app;
    }
}
