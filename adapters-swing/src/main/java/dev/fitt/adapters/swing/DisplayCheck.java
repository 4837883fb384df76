package dev.fitt.adapters.swing;

import dev.fitt.client.port.out.ClientPreferences;
import java.awt.AWTError;
import java.awt.GraphicsEnvironment;
import java.awt.HeadlessException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What is asked before the client window is launched: whether a window can open here at all, and
 * who is annotating. {@link SwingClient}'s public entry hands both here.
 */
final class DisplayCheck {
    private static final Logger LOG = LoggerFactory.getLogger(DisplayCheck.class);

    private DisplayCheck() {
    }

    /** See {@link SwingClient#whyNoDisplay()}. */
    static Optional<String> whyNoDisplay() {
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

    /** See {@link SwingClient#askAnnotatorName}. */
    static Optional<String> askAnnotatorName(ClientPreferences.Theme theme) {
        AtomicReference<Optional<String>> answer = new AtomicReference<>(Optional.empty());
        try {
            SwingUtilities.invokeAndWait(() -> {
                Themes.install(theme);
                answer.set(new AnnotatorNameDialog(null).ask());
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.lang.reflect.InvocationTargetException e) {
            LOG.warn("could not ask for the annotator's name: {}", e.getCause().toString());
        }
        return answer.get();
    }
}
