package dev.fitt.adapters.swing;

import static dev.fitt.adapters.swing.WindowDriver.onEdt;
import static dev.fitt.adapters.swing.WindowDriver.onEdtGet;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fitt.client.port.in.LabellingSession;
import dev.fitt.client.port.out.ClientPreferences;
import dev.fitt.client.service.ClientCore;
import dev.fitt.client.service.NoTeamWork;
import dev.fitt.client.service.SessionSettings;
import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.event.KeyEvent;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JScrollBar;
import javax.swing.JScrollPane;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The F1 help scrolls with the keyboard at a small window, where its last rows are below the
 * fold: Down, Page Down and End go down, Up, Page Up and Home back. Skipped without a display.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class HelpOverlayKeysTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final AtomicReference<LabellingSession> session = new AtomicReference<>();
    private SwingClient app;

    @AfterEach
    void close() {
        if (app != null) {
            app.closeAndWait(Duration.ofSeconds(5));
        }
    }

    @Test
    void theHelpScrollsWithArrowsPagesHomeAndEnd() throws Exception {
        WindowDriver.assumeDisplay();
        WindowDriver driver = new WindowDriver(WAIT, 20, Duration.ofMillis(20));
        DemoDataset data = new DemoDataset(320, 180);
        ClientPreferences preferences = ClientPreferences.defaults();
        app = SwingClient.launch(new ClientLaunch("help test", () -> {
            LabellingSession opened = ClientCore.open(data.server(), SessionSettings.of(false, 0), new NoTeamWork());
            session.set(opened);
            return opened;
        }, preferences, new InMemoryPreferences(preferences), () -> { }, false));
        driver.await("the session to open", () -> session.get() != null && onEdt(() -> app.window().views.isShowing()));
        SwingUtilities.invokeAndWait(() -> {
            app.window().frame.setSize(new Dimension(1024, 700));
            app.window().frame.validate();
        });
        driver.focusTheViews(app);
        driver.press(KeyEvent.VK_F1);
        driver.await("the help to show", () -> onEdt(() -> app.window().frame.getGlassPane().isShowing()));
        JScrollBar bar = onEdtGet(() -> helpScroll().getVerticalScrollBar());
        driver.await("the help to be taller than its window at 1024x700", () -> onEdt(() ->
                bar.getMaximum() - bar.getVisibleAmount() > 0));
        int views = onEdtGet(() -> app.window().scroll.getVerticalScrollBar().getValue());

        driver.press(KeyEvent.VK_DOWN);
        driver.await("Down to scroll the help", () -> onEdt(() -> bar.getValue() > 0));
        int afterDown = onEdtGet(bar::getValue);
        driver.press(KeyEvent.VK_PAGE_DOWN);
        driver.await("Page Down to scroll further", () -> onEdt(() -> bar.getValue() > afterDown));
        driver.press(KeyEvent.VK_HOME);
        driver.await("Home to go to the top", () -> onEdt(() -> bar.getValue() == 0));
        driver.press(KeyEvent.VK_END);
        driver.await("End to show the last row", () -> onEdt(() ->
                bar.getValue() == bar.getMaximum() - bar.getVisibleAmount()));
        driver.press(KeyEvent.VK_PAGE_UP);
        driver.await("Page Up to go back", () -> onEdt(() -> bar.getValue() < bar.getMaximum() - bar.getVisibleAmount()));
        driver.press(KeyEvent.VK_UP);
        assertThat(onEdtGet(() -> app.window().scroll.getVerticalScrollBar().getValue()))
                .as("the views below did not scroll").isEqualTo(views);

        driver.press(KeyEvent.VK_ESCAPE);
        driver.await("Esc to close the help", () -> onEdt(() -> !app.window().frame.getGlassPane().isShowing()));
    }

    private JScrollPane helpScroll() {
        return find((Container) app.window().frame.getGlassPane());
    }

    private static JScrollPane find(Container in) {
        for (Component child : in.getComponents()) {
            if (child instanceof JScrollPane scroll) {
                return scroll;
            }
            if (child instanceof Container container) {
                JScrollPane found = find(container);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
