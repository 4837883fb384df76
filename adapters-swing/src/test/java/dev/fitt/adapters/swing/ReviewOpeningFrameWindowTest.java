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
import dev.fitt.domain.TagChange;
import dev.fitt.domain.TagValue;
import dev.fitt.server.service.InProcessTaggingServer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The frame a reviewer's window opens on (frame 1, rows 0..2): it stays there when that frame is
 * one to review by the filter, however many of its cameras are labelled, and goes on to the first
 * frame to review when it is not. Ben reviews over a real in-process server. Needs a display
 * (xvfb-run); skipped without one.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ReviewOpeningFrameWindowTest {
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final List<TagValue> RAINY = List.of(TagValue.FALSE, TagValue.TRUE, TagValue.FALSE,
            TagValue.FALSE, TagValue.FALSE, TagValue.FALSE);

    private DemoDataset data;
    private final AtomicReference<LabellingSession> session = new AtomicReference<>();
    private SwingClient app;
    private WindowDriver driver;

    @BeforeEach
    void dataset() throws Exception {
        WindowDriver.assumeDisplay();
        data = new DemoDataset(160, 90);
        driver = new WindowDriver(WAIT, 30, Duration.ofMillis(20));
    }

    @AfterEach
    void closeClient() {
        if (app != null) {
            app.closeAndWait(Duration.ofSeconds(5));
        }
    }

    private void label(int first, int last, String annotator) throws Exception {
        data.service.tagging().tag(new TagChange(first, last, RAINY), new Editor(annotator, annotator));
    }

    private void openAsBen() throws Exception {
        ClientPreferences preferences = new ClientPreferences("127.0.0.1", 52973, false, 0,
                ClientPreferences.Theme.LIGHT, "Ben", true);
        app = SwingClient.launch(new ClientLaunch("review opening test", () -> {
            LabellingSession opened = ClientCore.open(new InProcessTaggingServer(data.service, "Ben"),
                    SessionSettings.of(false, 0), new CoreTeamWork(data.service, "Ben", new AssignedClips(true, List.of())));
            session.set(opened);
            return opened;
        }, preferences, new InMemoryPreferences(preferences), () -> { }));
        driver.await("the session to open and the views to show", () -> session.get() != null && onEdt(() ->
                app.window().views.getComponentCount() == 3 && app.window().views.isShowing()));
    }

    /** The review line once the whole provenance arrived: the render that shows it has settled the frame. */
    private void awaitReviewLine(String line) throws InterruptedException {
        driver.await("the review line \"" + line + "\"", () -> onEdt(() -> app.window().status.reviewText().equals(line)));
    }

    @Test
    void aFrameWithSomeCamerasLabelledByAnotherIsOneToReviewAndTheWindowStaysOnIt() throws Exception {
        label(0, 1, "Ana");                    // frame 1: front and left labelled, rear not
        label(6, 8, "Ana");                    // frame 3: all three

        openAsBen();

        awaitReviewLine("Review: not yet reviewed \u00b7 2 frames left");
        assertThat(session.get().review().matches(0)).isTrue();
        assertThat(onEdtGet(() -> session.get().navigation().frameNumber()))
                .as("the opening frame matches the filter: the reviewer stays on it").isZero();
    }

    @Test
    void aFullyLabelledFrameTheReviewerLabelledHimselfIsNotOneToReviewAndTheWindowGoesOn() throws Exception {
        label(0, 2, "Ben");                    // frame 1: Ben's own work, never his to review
        label(6, 8, "Ana");                    // frame 3

        openAsBen();

        awaitReviewLine("Review: not yet reviewed \u00b7 1 frame left");
        assertThat(session.get().review().matches(0)).isFalse();
        driver.await("on the first frame to review", () -> onEdt(() -> session.get().navigation().frameNumber() == 2));
    }
}
