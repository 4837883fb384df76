package dev.fitt.adapters.swing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.fitt.client.port.out.ClientPreferences;
import java.awt.Component;
import java.awt.Container;
import java.awt.GraphicsEnvironment;
import java.awt.Window;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.AbstractButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The annotator's name: asked once in a small dialog, then shown in the status bar (issue 15). */
@Timeout(60)
class AnnotatorNameTest {
    private static final String TITLE = "fitt \u2014 who is annotating?";

    @BeforeEach
    void needsADisplay() {
        assumeFalse(GraphicsEnvironment.isHeadless(), "no display: the Swing window test is skipped");
        assumeTrue(System.getProperty("os.name").startsWith("Windows") || System.getenv("DISPLAY") != null,
                "no DISPLAY: the Swing window test is skipped");
    }

    @Test
    void theNameTypedIsTheAnswerAndABlankOneIsRefusedWithAReason() throws Exception {
        CompletableFuture<Optional<String>> answer = CompletableFuture.supplyAsync(
                () -> SwingClient.askAnnotatorName(ClientPreferences.Theme.LIGHT));
        JDialog dialog = awaitDialog();

        onEdt(() -> {
            find(dialog, JTextField.class).setText("   ");
            button(dialog, "OK").doClick();
        });
        assertThat(onEdtGet(() -> dialog.isShowing())).as("a blank name keeps the dialog open").isTrue();
        assertThat(onEdtGet(() -> texts(dialog))).contains("A name needs 1 to 100 characters.");
        onEdt(() -> {
            find(dialog, JTextField.class).setText("  Ana  ");
            button(dialog, "OK").doClick();
        });

        assertThat(answer.get(10, TimeUnit.SECONDS)).contains("Ana");
    }

    @Test
    void notNowGivesNoName() throws Exception {
        CompletableFuture<Optional<String>> answer = CompletableFuture.supplyAsync(
                () -> SwingClient.askAnnotatorName(ClientPreferences.Theme.LIGHT));
        JDialog dialog = awaitDialog();

        onEdt(() -> button(dialog, "Not now").doClick());

        assertThat(answer.get(10, TimeUnit.SECONDS)).isEmpty();
    }

    @Test
    void theStatusBarShowsTheNameAndNothingWithoutOne() throws Exception {
        ClientPreferences ana = new ClientPreferences("127.0.0.1", 52973, false, 0, ClientPreferences.Theme.LIGHT,
                "Ana");
        SwingClient named = SwingClient.launch(new ClientLaunch("team test", () -> {
            throw new IOException("no server in this test");
        }, ana, new InMemoryPreferences(ana), () -> { }));
        SwingClient unnamed = SwingClient.launch(new ClientLaunch("team test 2", () -> {
            throw new IOException("no server in this test");
        }, ClientPreferences.defaults(), new InMemoryPreferences(ClientPreferences.defaults()), () -> { }));
        try {
            await(() -> onEdtGet(() -> named.window() != null && unnamed.window() != null));
            assertThat(onEdtGet(() -> named.window().status.annotatorText())).isEqualTo("Annotator: Ana");
            assertThat(onEdtGet(() -> unnamed.window().status.annotatorText())).isEmpty();
        } finally {
            named.closeAndWait(Duration.ofSeconds(5));
            unnamed.closeAndWait(Duration.ofSeconds(5));
        }
    }

    private static JDialog awaitDialog() throws Exception {
        AtomicReference<JDialog> found = new AtomicReference<>();
        await(() -> onEdtGet(() -> {
            for (Window window : Window.getWindows()) {
                if (window instanceof JDialog d && d.isShowing() && TITLE.equals(d.getTitle())) {
                    found.set(d);
                    return true;
                }
            }
            return false;
        }));
        return found.get();
    }

    private static <T extends Component> T find(Container in, Class<T> type) {
        for (Component c : in.getComponents()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
            if (c instanceof Container inner) {
                T deeper = find(inner, type);
                if (deeper != null) {
                    return deeper;
                }
            }
        }
        return null;
    }

    private static AbstractButton button(Container in, String text) {
        for (Component c : in.getComponents()) {
            if (c instanceof AbstractButton b && text.equals(b.getText())) {
                return b;
            }
            if (c instanceof Container inner) {
                AbstractButton deeper = button(inner, text);
                if (deeper != null) {
                    return deeper;
                }
            }
        }
        return null;
    }

    private static String texts(Container in) {
        StringBuilder all = new StringBuilder();
        for (Component c : in.getComponents()) {
            if (c instanceof JLabel label) {
                all.append(label.getText()).append('\n');
            } else if (c instanceof Container inner) {
                all.append(texts(inner));
            }
        }
        return all.toString();
    }

    private interface Check {
        boolean holds() throws Exception;
    }

    private static void await(Check check) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!check.holds()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not reached within 20 s");
            }
            Thread.sleep(20);
        }
    }

    private static void onEdt(Runnable work) throws Exception {
        SwingUtilities.invokeAndWait(work);
    }

    private static <T> T onEdtGet(java.util.function.Supplier<T> work) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> result.set(work.get()));
        return result.get();
    }
}
