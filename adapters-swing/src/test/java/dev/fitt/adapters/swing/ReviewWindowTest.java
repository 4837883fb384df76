package dev.fitt.adapters.swing;

import static dev.fitt.adapters.swing.WindowDriver.onEdt;
import static dev.fitt.adapters.swing.WindowDriver.onEdtGet;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fitt.client.port.in.LabellingSession;
import dev.fitt.client.port.out.ClientPreferences;
import dev.fitt.client.service.ClientCore;
import dev.fitt.client.service.CoreTeamWork;
import dev.fitt.client.service.SessionSettings;
import dev.fitt.domain.AssignedClips;
import dev.fitt.domain.Editor;
import dev.fitt.domain.Review;
import dev.fitt.domain.RowProvenance;
import dev.fitt.domain.TagChange;
import dev.fitt.domain.TagValue;
import dev.fitt.server.service.InProcessTaggingServer;
import java.awt.Component;
import java.awt.Container;
import java.awt.Window;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A reviewer's window (role "reviewer") over a real in-process server where Ana labelled frames 2
 * and 4: the review line, who did what under each camera, A, a correction by a digit, Ctrl+R.
 * Needs a display (xvfb-run); skipped without one.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ReviewWindowTest {
    private static final Duration WAIT = Duration.ofSeconds(15);

    private DemoDataset data;
    private final AtomicReference<LabellingSession> session = new AtomicReference<>();
    private SwingClient app;
    private WindowDriver driver;

    @BeforeEach
    void openReviewerWindow() throws Exception {
        WindowDriver.assumeDisplay();
        data = new DemoDataset(160, 90);
        Editor ana = new Editor("Ana", "Ana");
        List<TagValue> rainy = List.of(TagValue.FALSE, TagValue.TRUE, TagValue.FALSE, TagValue.FALSE, TagValue.FALSE,
                TagValue.FALSE);
        data.service.tagging().tag(new TagChange(3, 5, rainy), ana);
        data.service.tagging().tag(new TagChange(9, 11, rainy), ana);
        ClientPreferences preferences = new ClientPreferences("127.0.0.1", 52973, false, 0,
                ClientPreferences.Theme.LIGHT, "Ben", true);
        app = SwingClient.launch(new ClientLaunch("review test", () -> {
            LabellingSession opened = ClientCore.open(new InProcessTaggingServer(data.service, "Ben"),
                    SessionSettings.of(false, 0), new CoreTeamWork(data.service, "Ben", new AssignedClips(true, List.of())));
            session.set(opened);
            return opened;
        }, preferences, new InMemoryPreferences(preferences), () -> { }));
        driver = new WindowDriver(WAIT, 30, Duration.ofMillis(20));
        driver.await("the session to open and the views to show", () -> session.get() != null && onEdt(() ->
                app.window().views.getComponentCount() == 3 && app.window().views.isShowing()));
        driver.focusTheViews(app);
    }

    @AfterEach
    void closeClient() {
        if (app != null) {
            app.closeAndWait(Duration.ofSeconds(5));
        }
    }

    @Test
    void aReviewerSeesWhoLabelledEachCameraAcceptsWithACorrectsWithADigitAndFiltersWithCtrlR() throws Exception {
        driver.await("the review line with two frames to review", () -> onEdt(() ->
                app.window().status.reviewText().equals("Review: not yet reviewed \u00b7 2 frames left")));
        assertThat(onEdtGet(() -> app.window().myClipsNote.isVisible()))
                .as("a reviewer reviews everyone's clips: no note on assignments").isFalse();
        driver.await("on the first frame to review", () -> session.get().navigation().frameNumber() == 1);
        driver.await("who labelled each camera", () -> provenanceLines().equals(List.of(
                "labelled by Ana \u00b7 not reviewed", "labelled by Ana \u00b7 not reviewed",
                "labelled by Ana \u00b7 not reviewed")));

        driver.press(KeyEvent.VK_A);

        driver.await("on the next frame to review", () -> session.get().navigation().frameNumber() == 3);
        driver.await("the accept recorded", () -> onServer(3).review() == Review.ACCEPTED
                && onServer(5).review() == Review.ACCEPTED);
        assertThat(onServer(4).reviewedBy()).isEqualTo("Ben");
        driver.await("one frame left", () -> onEdt(() -> app.window().status.reviewText()
                .equals("Review: not yet reviewed \u00b7 1 frame left")));

        driver.press(KeyEvent.VK_3);          // camera 1 of frame 4: Foggy instead of Rainy
        driver.await("the correction recorded", () -> onServer(9).review() == Review.CORRECTED);
        assertThat(onServer(9).labelledBy()).isEqualTo("Ana");
        driver.await("the first camera says corrected by Ben", () -> provenanceLines().get(0)
                .equals("labelled by Ana \u00b7 corrected by Ben"));
        assertThat(provenanceLines().get(1)).isEqualTo("labelled by Ana \u00b7 not reviewed");
        driver.await("the status says what is left of the frame", () -> onEdt(() -> app.window().status.reviewText()
                .equals("Review: not yet reviewed \u00b7 1 frame left \u00b7 you corrected front: A accepts the rest"
                        + " of the frame")));

        driver.press(KeyEvent.VK_A);
        driver.await("the rest accepted", () -> onServer(10).review() == Review.ACCEPTED
                && onServer(11).review() == Review.ACCEPTED);
        assertThat(onServer(9).review()).as("the correction stays on record").isEqualTo(Review.CORRECTED);
        driver.await("no frame left", () -> onEdt(() -> app.window().status.reviewText()
                .equals("Review: not yet reviewed \u00b7 0 frames left")));

        driver.pressWith(InputEvent.CTRL_DOWN_MASK, KeyEvent.VK_R);
        driver.await("the review filter dialog", () -> filterDialog() != null);
        javax.swing.SwingUtilities.invokeAndWait(() -> {
            Window dialog = filterDialog();
            assertThat(((JCheckBox) named(dialog, "reviewNotYetReviewed")).isSelected()).isTrue();
            ((JComboBox<?>) named(dialog, "reviewAnnotator")).setSelectedItem("Ana");
            ((JButton) named(dialog, "reviewApply")).doClick();
        });
        driver.await("the filter in the status bar", () -> onEdt(() -> app.window().status.reviewText()
                .equals("Review: by Ana \u00b7 not yet reviewed \u00b7 0 frames left")));
    }

    private RowProvenance onServer(int row) {
        return data.service.team().provenance(row, row).get(0);
    }

    /** The provenance line of each camera view, in the order the views are shown. */
    private List<String> provenanceLines() {
        try {
            return onEdtGet(() -> {
                List<String> lines = new ArrayList<>();
                for (Component view : app.window().views.getComponents()) {
                    lines.add(((CameraView) view).provenanceText());
                }
                return lines;
            });
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The review filter dialog while it shows, or null. */
    private static Window filterDialog() {
        for (Window window : Window.getWindows()) {
            if (window instanceof JDialog dialog && dialog.isShowing()
                    && ReviewFilterDialog.TITLE.equals(dialog.getTitle())) {
                return dialog;
            }
        }
        return null;
    }

    private static Component named(Container in, String name) {
        for (Component child : in.getComponents()) {
            if (name.equals(child.getName())) {
                return child;
            }
            if (child instanceof Container inner) {
                Component found = named(inner, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
