package dev.fitt.adapters.swing;

import static dev.fitt.adapters.swing.WindowDriver.onEdt;
import static dev.fitt.adapters.swing.WindowDriver.onEdtGet;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fitt.client.service.FakeTeamWork;
import dev.fitt.client.port.in.LabellingSession;
import dev.fitt.client.port.out.ClientPreferences;
import dev.fitt.client.port.out.TeamWorkPort;
import dev.fitt.client.service.ClientCore;
import dev.fitt.client.service.NoTeamWork;
import dev.fitt.client.service.SessionSettings;
import dev.fitt.domain.AssignedClips;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The real window over an in-process server whose team work (in memory) assigns clips 2, 3 and 5 of
 * six (three frames each, one camera): the arrows, the slider and the progress count walk those,
 * Ctrl+M shows all, and a frame outside them can be tagged under a note saying so. Real key presses;
 * skipped without a display (CI runs it under xvfb-run).
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class MyClipsWindowTest {
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final int[] SIX_CLIPS = {3, 3, 3, 3, 3, 3};

    private final AtomicReference<LabellingSession> session = new AtomicReference<>();
    private DemoDataset data;
    private SwingClient app;
    private WindowDriver driver;

    private void open(TeamWorkPort team) throws Exception {
        open(team, new DemoDataset(SIX_CLIPS, new String[] {"front"}, 160, 90));
    }

    private void open(TeamWorkPort team, DemoDataset dataset) throws Exception {
        WindowDriver.assumeDisplay();
        data = dataset;
        ClientPreferences preferences = ClientPreferences.defaults();
        app = SwingClient.launch(new ClientLaunch("my clips test", () -> {
            LabellingSession opened = ClientCore.open(data.server(), SessionSettings.of(false, 0), team);
            session.set(opened);
            return opened;
        }, preferences, new InMemoryPreferences(preferences), () -> { }));
        driver = new WindowDriver(WAIT, 30, Duration.ofMillis(20));
        driver.await("the session to open and the views to show", () -> session.get() != null && onEdt(() ->
                app.window().views.getComponentCount() == 1 && app.window().views.isShowing()));
        driver.focusTheViews(app);
    }

    @AfterEach
    void close() {
        if (app != null) {
            app.closeAndWait(Duration.ofSeconds(5));
        }
    }

    @Test
    void navigationWalksYourClipsAndCtrlMShowsAllWithANoteOutsideYours() throws Exception {
        open(new FakeTeamWork(new AssignedClips(true, List.of(1, 2, 4))));

        awaitFrame(4);
        assertThat(onEdtGet(() -> app.window().slider.getMaximum())).as("your 9 frames on the slider").isEqualTo(8);
        assertThat(note()).contains("Your clips").contains("3 of 6").contains("Ctrl+M");
        assertThat(onEdtGet(() -> app.window().status.progressText())).startsWith("Your 3 clips: 0 / 9 frames");
        assertThat(onEdtGet(() -> app.window().frameLabel.getText())).as("the header counts the dataset's frames")
                .isEqualTo("Frame 4 / 18 of the dataset");
        for (int expected : new int[] {5, 6, 7, 8, 9, 13}) {
            driver.press(KeyEvent.VK_RIGHT);
            awaitFrame(expected);
        }
        onEdt(() -> {
            app.window().slider.setValue(8);
            return true;
        });
        awaitFrame(15);

        driver.pressWith(InputEvent.CTRL_DOWN_MASK, KeyEvent.VK_M);
        driver.await("every frame on the slider", () -> onEdt(() -> app.window().slider.getMaximum() == 17));
        assertThat(note()).contains("All clips");
        assertThat(onEdtGet(() -> app.window().status.progressText())).startsWith("Dataset: 0 / 18 frames");
        assertThat(onEdtGet(() -> app.window().frameLabel.getText())).isEqualTo("Frame 15 / 18");
        driver.press(KeyEvent.VK_RIGHT);
        awaitFrame(16);
        driver.await("the note that frame 16 is not yours", () -> onEdt(() ->
                app.window().myClipsNote.getText().contains("Not one of your clips (you have 3: 2\u20133, 5)")));
        driver.press(KeyEvent.VK_1);
        awaitFrame(17);
        driver.await("the frame outside your clips tagged on the server", () ->
                data.service.queries().labels().code(15, 0) != 0);

        driver.pressWith(InputEvent.CTRL_DOWN_MASK, KeyEvent.VK_M);
        driver.await("your frames on the slider again", () -> onEdt(() -> app.window().slider.getMaximum() == 8));
        assertThat(note()).as("still on a frame that is not yours").contains("Not one of your clips");
        driver.press(KeyEvent.VK_U);
        awaitFrame(4);
        assertThat(note()).doesNotContain("Not one of your clips");
    }

    @Test
    void aNumberedClipIsNamedAsAClipInTheHeader() throws Exception {
        open(new NoTeamWork(), DemoDataset.withNumberedClips(SIX_CLIPS, new String[] {"front"}, 160, 90));

        awaitFrame(1);
        driver.press(KeyEvent.VK_RIGHT);
        driver.press(KeyEvent.VK_RIGHT);
        driver.press(KeyEvent.VK_RIGHT);
        awaitFrame(4);
        driver.await("the header to name clip 2 by its id", () -> onEdt(() ->
                app.window().clipLabel.getText().startsWith("Clip 2 / 6")));
        assertThat(onEdtGet(() -> app.window().clipLabel.getText()))
                .isEqualTo("Clip 2 / 6 \u00b7 frame 1 / 3 \u00b7 clip 2 \u00b7 1 camera");
    }

    @Test
    void ctrlMIsInTheHelp() throws Exception {
        open(new FakeTeamWork(new AssignedClips(true, List.of(0))));
        driver.press(KeyEvent.VK_F1);
        driver.await("the help", () -> onEdt(() -> app.window().frame.getGlassPane().isVisible()));
        List<String> keys = onEdtGet(() -> {
            JTable table = findTable((java.awt.Container) app.window().frame.getGlassPane());
            return java.util.stream.IntStream.range(0, table.getRowCount())
                    .mapToObj(row -> table.getValueAt(row, 0) + " " + table.getValueAt(row, 1)).toList();
        });
        assertThat(keys).anyMatch(row -> row.startsWith("Ctrl+M ") && row.contains("your clips"));
    }

    @Test
    void withAssignmentsButNoneForYouEveryClipIsShownAndTheNoteSaysSo() throws Exception {
        open(new FakeTeamWork(new AssignedClips(true, List.of())));

        awaitFrame(1);
        assertThat(onEdtGet(() -> app.window().slider.getMaximum())).isEqualTo(17);
        assertThat(note()).contains("No clips are assigned to you");
        driver.pressWith(InputEvent.CTRL_DOWN_MASK, KeyEvent.VK_M);
        driver.await("a word on why nothing changed", () -> onEdt(() ->
                app.window().status.messageText().contains("No clips are assigned to you")));
    }

    @Test
    void withoutAssignmentsThereIsNoNote() throws Exception {
        open(new NoTeamWork());

        awaitFrame(1);
        assertThat(onEdtGet(() -> app.window().slider.getMaximum())).isEqualTo(17);
        assertThat(onEdtGet(() -> app.window().myClipsNote.isVisible())).isFalse();
        assertThat(onEdtGet(() -> app.window().status.progressText())).startsWith("Dataset: 0 / 18 frames");
    }

    private void awaitFrame(int oneBased) throws InterruptedException {
        driver.await("frame " + oneBased, () -> onEdt(() ->
                app.window().frameLabel.getText().startsWith("Frame " + oneBased + " / ")));
    }

    private String note() throws Exception {
        driver.await("the note about your clips", () -> onEdt(() -> app.window().myClipsNote.isVisible()));
        return onEdtGet(() -> app.window().myClipsNote.getText());
    }

    private static JTable findTable(java.awt.Container container) {
        for (java.awt.Component child : container.getComponents()) {
            if (child instanceof JTable table) {
                return table;
            }
            if (child instanceof java.awt.Container inner) {
                JTable found = findTable(inner);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
