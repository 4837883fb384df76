package dev.fitt.adapters.swing;

import java.awt.AWTError;
import java.awt.GraphicsEnvironment;
import java.awt.HeadlessException;
import java.util.Optional;
import javax.swing.SwingUtilities;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The desktop client's entry point for bootstrap. */
public final class SwingClient {
    private static final Logger LOG = LoggerFactory.getLogger(SwingClient.class);

    private SwingClient() {
    }

    /**
     * Why no window can open here, or empty when one can. For asking before anything else starts:
     * a window that fails to open leaves only a stack trace on the event thread, and a program
     * waiting for a window that never closes.
     */
    public static Optional<String> whyNoDisplay() {
        if (GraphicsEnvironment.isHeadless()) {
            String display = System.getenv("DISPLAY");
            return Optional.of(display == null || display.isBlank() ? "DISPLAY is not set"
                    : "Java runs headless (java.awt.headless=true)");
        }
        try {
            GraphicsEnvironment.getLocalGraphicsEnvironment().getScreenDevices();
            return Optional.empty();
        } catch (HeadlessException | AWTError e) {
            // e.g. DISPLAY names an X server that is not there
            return Optional.of(e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    /**
     * Shows the client window at once and opens the session in the background. Returns
     * immediately. {@link ClientLaunch#onExit()} runs after the user closed the window (and the
     * session was flushed), or when the window could not open at all; a close requested through
     * the returned handle does not run it, since its caller (e.g. a shutdown hook) is already
     * ending the program.
     */
    public static ClientHandle launch(ClientLaunch launch) {
        ClientApp app = new ClientApp(launch);
        SwingUtilities.invokeLater(() -> {
            try {
                app.start();
            } catch (HeadlessException | AWTError e) {
                // No window means nobody can ever close it: end as if the user had.
                LOG.error("could not open the client window: {}", e.getMessage());
                launch.onExit().run();
            }
        });
        return app;
    }
}
