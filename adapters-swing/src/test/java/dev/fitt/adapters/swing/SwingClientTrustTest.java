package dev.fitt.adapters.swing;

import static dev.fitt.adapters.swing.WindowDriver.onEdt;
import static dev.fitt.adapters.swing.WindowDriver.onEdtGet;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fitt.client.port.in.LabellingSession;
import dev.fitt.client.service.ClientCore;
import dev.fitt.client.service.NoTeamWork;
import dev.fitt.client.service.SessionSettings;
import dev.fitt.domain.LabelsSnapshot;
import dev.fitt.domain.TagValue;
import dev.fitt.client.port.out.ClientPreferences;
import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Window;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.AbstractButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JSpinner;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What the window shows is true and every control stays usable: keys after settings changes,
 * mass labelling that asks before overwriting, narrow windows, undo against a v1 server, the
 * connection banner, the help overlay. The real window over an in-process server, driven by
 * real key presses; skipped without a display (CI runs it under xvfb-run).
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SwingClientTrustTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final int TAGS = 6;
    private static final String UNSET = "......";

    private DemoDataset data;
    private SwitchableServer server;
    private final AtomicReference<LabellingSession> session = new AtomicReference<>();
    private SwingClient app;
    private WindowDriver driver;

    private void open(boolean v1, boolean local, String... initialLabels) throws Exception {
        WindowDriver.assumeDisplay();
        data = new DemoDataset(160, 90, initialLabels);
        server = new SwitchableServer(data.server(), v1);
        ClientPreferences preferences = ClientPreferences.defaults();
        app = SwingClient.launch(new ClientLaunch("trust test", () -> {
            LabellingSession opened = ClientCore.open(server, SessionSettings.of(false, 0), new NoTeamWork());
            session.set(opened);
            return opened;
        }, preferences, new InMemoryPreferences(preferences), () -> { }, local));
        driver = new WindowDriver(WAIT, 20, Duration.ofMillis(20));
        driver.await("the session to open and the views to show", () -> session.get() != null && onEdt(() ->
                app.window().views.getComponentCount() == 3 && app.window().views.isShowing()));
        driver.focusTheViews(app);
    }

    @AfterEach
    void close() {
        if (app != null) {
            app.closeAndWait(Duration.ofSeconds(5));
            SwingUtilities.invokeLater(() -> Themes.apply(ClientPreferences.Theme.LIGHT));
        }
    }

    // --- item 1: keys after settings changes ------------------------------------------------

    @Test
    void everyFrameKeyStillWorksAfterEachSettingsChange() throws Exception {
        open(false, false);
        int frame = 1;
        for (ClientPreferences.Theme theme : List.of(ClientPreferences.Theme.DARK, ClientPreferences.Theme.LIGHT,
                ClientPreferences.Theme.LIGHT)) {
            changeTheme(theme);
            driver.press(KeyEvent.VK_RIGHT);
            frame++;
            awaitFrame(frame);
            driver.press(KeyEvent.VK_RIGHT);
            frame++;
            awaitFrame(frame);
            driver.press(KeyEvent.VK_LEFT);
            frame--;
            awaitFrame(frame);
            driver.press(KeyEvent.VK_TAB);
            driver.await("Tab to make camera 2 active", () -> session.get().navigation().activeCamera() == 1);
            driver.pressWith(InputEvent.SHIFT_DOWN_MASK, KeyEvent.VK_TAB);
            driver.await("Shift+Tab to make camera 1 active", () -> session.get().navigation().activeCamera() == 0);
            int here = frame;
            driver.press(KeyEvent.VK_U);
            driver.await("U to jump to an unlabelled frame", () -> session.get().navigation().frameNumber() != frameNumber(here));
            SwingUtilities.invokeAndWait(() -> session.get().navigation().goToFrame(frameNumber(here)));
            awaitFrame(here);
        }
        driver.press(KeyEvent.VK_F);  // the frame gets no tag, then the next frame
        awaitFrame(frame + 1);
        assertThat(session.get().state().isFrameLabelled(frameNumber(frame))).isTrue();
    }

    private static int frameNumber(int shown) {
        return shown - 1;
    }

    private void changeTheme(ClientPreferences.Theme theme) throws Exception {
        driver.pressWith(InputEvent.CTRL_DOWN_MASK, KeyEvent.VK_COMMA);
        driver.await("the settings dialog", () -> onEdt(() -> dialog("Settings") != null && dialog("Settings").isFocused()));
        SwingUtilities.invokeAndWait(() -> find(dialog("Settings"), JComboBox.class, c -> true).setSelectedItem(theme));
        driver.press(KeyEvent.VK_ENTER);
        driver.await("the settings dialog to close", () -> onEdt(() -> dialog("Settings") == null));
        boolean dark = theme == ClientPreferences.Theme.DARK;
        driver.await("the " + theme + " theme", () -> onEdt(() -> UIManager.getLookAndFeel().getName().contains("Dark") == dark));
        driver.focusTheViews(app);  // X servers without a window manager give the focus back only on a click
    }

    private void awaitFrame(int shown) throws InterruptedException {
        driver.await("frame " + shown, () -> session.get().navigation().frameNumber() == frameNumber(shown)
                && onEdt(() -> app.window().frameLabel.getText().startsWith("Frame " + shown + " / ")));
    }

    // --- item 2: mass labelling fills, and overwrites only after a preview --------------------

    @Test
    void ctrlLFillsOnlyUnlabelledFramesAndASecondCtrlLOverwritesAfterAPreview() throws Exception {
        open(false, false, UNSET, UNSET, UNSET, "FFFTFF", "FFFTFF", "FFFTFF");
        driver.pressWith(InputEvent.SHIFT_DOWN_MASK, KeyEvent.VK_2);  // frame 1: tag 2 on every camera, on to frame 2
        awaitFrame(2);
        driver.press(KeyEvent.VK_LEFT);
        awaitFrame(1);

        driver.pressWith(InputEvent.CTRL_DOWN_MASK, KeyEvent.VK_L);
        List<String> filled = List.of("FTFFFF", "FTFFFF", "FTFFFF", "FFFTFF", "FFFTFF", "FFFTFF",
                "FTFFFF", "FTFFFF", "FTFFFF", "FTFFFF", "FTFFFF", "FTFFFF", UNSET);
        awaitServerRows(filled);

        driver.pressWith(InputEvent.CTRL_DOWN_MASK, KeyEvent.VK_L);
        driver.await("the one-line overwrite preview", () -> onEdt(() -> visibleTexts(app.window().frame.getContentPane())
                .stream().anyMatch(t -> t.contains("overwrites 1 labelled frame") && t.contains("Enter / Esc"))));
        driver.press(KeyEvent.VK_ESCAPE);
        driver.await("the preview to close", () -> onEdt(() -> visibleTexts(app.window().frame.getContentPane())
                .stream().noneMatch(t -> t.contains("Enter / Esc"))));
        assertThat(session.get().saveAndClose().awaitDelivery(WAIT)).isTrue();
        assertThat(rows(data.service.queries().labels(), 13)).containsExactlyElementsOf(filled);

        driver.pressWith(InputEvent.CTRL_DOWN_MASK, KeyEvent.VK_L);
        driver.await("the preview again", () -> onEdt(() -> visibleTexts(app.window().frame.getContentPane())
                .stream().anyMatch(t -> t.contains("overwrites 1 labelled frame"))));
        driver.press(KeyEvent.VK_ENTER);
        List<String> overwritten = new ArrayList<>(List.of("FTFFFF", "FTFFFF", "FTFFFF", "FTFFFF", "FTFFFF",
                "FTFFFF", "FTFFFF", "FTFFFF", "FTFFFF", "FTFFFF", "FTFFFF", "FTFFFF", UNSET));
        awaitServerRows(overwritten);

        driver.pressWith(InputEvent.CTRL_DOWN_MASK, KeyEvent.VK_Z);  // the overwrite is one step ...
        awaitServerRows(filled);
        driver.pressWith(InputEvent.CTRL_DOWN_MASK, KeyEvent.VK_Z);  // ... and so is the fill
        awaitServerRows(List.of("FTFFFF", "FTFFFF", "FTFFFF", "FFFTFF", "FFFTFF", "FFFTFF",
                UNSET, UNSET, UNSET, UNSET, UNSET, UNSET, UNSET));
    }

    @Test
    void theRangeDialogDefaultsToTheCurrentClipAndOneEnterFillsItsUnlabelledFrames() throws Exception {
        open(false, false, UNSET, UNSET, UNSET, "FFFTFF", "FFFTFF", "FFFTFF");
        driver.pressWith(InputEvent.SHIFT_DOWN_MASK, KeyEvent.VK_2);
        awaitFrame(2);
        driver.press(KeyEvent.VK_LEFT);
        awaitFrame(1);

        driver.pressWith(InputEvent.CTRL_DOWN_MASK | InputEvent.SHIFT_DOWN_MASK, KeyEvent.VK_L);
        driver.await("the range dialog", () -> onEdt(() -> dialog("Label frames") != null && dialog("Label frames").isFocused()));
        List<Object> range = onEdtGet(() -> {
            List<Object> values = new ArrayList<>();
            collect(dialog("Label frames"), JSpinner.class, values);
            return values.stream().map(s -> ((JSpinner) s).getValue()).toList();
        });
        assertThat(range).containsExactly(1, DemoDataset.CLIP_FRAMES[0]);
        driver.press(KeyEvent.VK_ENTER);
        driver.await("the range dialog to close", () -> onEdt(() -> dialog("Label frames") == null));

        awaitServerRows(List.of("FTFFFF", "FTFFFF", "FTFFFF", "FFFTFF", "FFFTFF", "FFFTFF",
                "FTFFFF", "FTFFFF", "FTFFFF", "FTFFFF", "FTFFFF", "FTFFFF", UNSET));
        assertThat(rows(data.service.queries().labels(), data.rows()).subList(12, data.rows())).allMatch(UNSET::equals);
    }

    @Test
    void theRangeDialogsOverwriteBoxOverwritesAfterThePreview() throws Exception {
        open(false, false, UNSET, UNSET, UNSET, "FFFTFF", "FFFTFF", "FFFTFF");
        driver.pressWith(InputEvent.SHIFT_DOWN_MASK, KeyEvent.VK_2);
        awaitFrame(2);
        driver.press(KeyEvent.VK_LEFT);
        awaitFrame(1);

        driver.pressWith(InputEvent.CTRL_DOWN_MASK | InputEvent.SHIFT_DOWN_MASK, KeyEvent.VK_L);
        driver.await("the range dialog", () -> onEdt(() -> dialog("Label frames") != null && dialog("Label frames").isFocused()));
        SwingUtilities.invokeAndWait(() -> find(dialog("Label frames"), JCheckBox.class,
                box -> box.getText().toLowerCase().contains("overwrite")).setSelected(true));
        driver.press(KeyEvent.VK_ENTER);
        driver.await("the preview", () -> onEdt(() -> visibleTexts(app.window().frame.getContentPane())
                .stream().anyMatch(t -> t.contains("overwrites 1 labelled frame"))));
        driver.focusTheViews(app);  // X servers without a window manager give the focus back only on a click
        driver.press(KeyEvent.VK_ENTER);

        awaitServerRows(List.of("FTFFFF", "FTFFFF", "FTFFFF", "FTFFFF", "FTFFFF", "FTFFFF",
                "FTFFFF", "FTFFFF", "FTFFFF", "FTFFFF", "FTFFFF", "FTFFFF", UNSET));
    }

    // --- item 3: every control reachable from 800 x 600 -------------------------------------

    @Test
    void at800x600EveryControlIsShownWholeAndAConflictIsResolvableByKeyboard() throws Exception {
        open(false, false);
        for (ClientPreferences.Theme theme : List.of(ClientPreferences.Theme.LIGHT, ClientPreferences.Theme.DARK)) {
            SwingUtilities.invokeAndWait(() -> {
                Themes.apply(theme);
                app.window().frame.setSize(new Dimension(800, 600));
                app.window().notices.conflict(dev.fitt.domain.TagChange.ofRow(0, List.of(TagValue.TRUE,
                        TagValue.FALSE, TagValue.FALSE, TagValue.FALSE, TagValue.FALSE, TagValue.FALSE)),
                        "rows changed by another annotator", c -> { }, c -> { });
                app.window().status.message("Whole clip labelled like camera 3 (Ctrl+Z undoes)");
            });
            driver.await("the window to be 800 x 600", () -> onEdt(() -> app.window().frame.getWidth() == 800));
            // Wrapping bars settle in a second layout pass; wait for it rather than for a fixed time.
            AtomicReference<List<String>> problems = new AtomicReference<>();
            try {
                driver.await("a layout with nothing cut off or overlapping", () -> onEdt(() -> {
                    app.window().frame.validate();
                    problems.set(layoutProblems(app.window().frame.getRootPane()));
                    return problems.get().isEmpty();
                }));
            } catch (AssertionError e) {
                assertThat(problems.get()).as(theme + " theme").isEmpty();
            }
            assertThat(onEdtGet(() -> List.of(app.window().notices.getComponents()).stream()
                    .filter(Component::isVisible).map(Component::getX).toList())).as("notice strips' left edges")
                    .isNotEmpty().allMatch(x -> x == 0);
            List<String> texts = onEdtGet(() -> visibleTexts(app.window().status));
            assertThat(texts).anyMatch(t -> t.startsWith("Dataset: ")).anyMatch(t -> t.startsWith("Clip: "));
            SwingUtilities.invokeAndWait(() -> clearNotices());
        }

        server.conflictNext();
        driver.press(KeyEvent.VK_3);  // image 1: tag 3, refused as a conflict
        driver.await("the conflict notice", () -> onEdt(() -> visibleTexts(app.window().notices).stream()
                .anyMatch(t -> t.contains("Conflict"))));
        assertThat(valueAt(0, 2)).isEqualTo(TagValue.UNSET);
        driver.pressWith(InputEvent.CTRL_DOWN_MASK, KeyEvent.VK_ENTER);  // re-apply, by keyboard
        driver.await("the re-applied edit on the server", () -> valueAt(0, 2) == TagValue.TRUE);
        driver.await("the conflict notice to go", () -> onEdt(() -> visibleTexts(app.window().notices).stream()
                .noneMatch(t -> t.contains("Conflict"))));
    }

    private void clearNotices() {
        Container notices = app.window().notices;
        for (Component child : notices.getComponents()) {
            if (child.isVisible() && child != notices.getComponent(0)) {
                notices.remove(child);
            }
        }
        notices.revalidate();
    }

    /** Shown parts that are cut off by the window or an ancestor, or overlap a shown sibling. */
    private static List<String> layoutProblems(JComponent root) {
        List<String> problems = new ArrayList<>();
        List<Component> leaves = new ArrayList<>();
        leaves(root, leaves);
        Rectangle window = new Rectangle(0, 0, root.getWidth(), root.getHeight());
        for (Component leaf : leaves) {
            Rectangle bounds = SwingUtilities.convertRectangle(leaf.getParent(), leaf.getBounds(), root);
            Rectangle shown = bounds.intersection(window);
            for (Container up = leaf.getParent(); up != null && up != root; up = up.getParent()) {
                shown = shown.intersection(SwingUtilities.convertRectangle(up.getParent(), up.getBounds(), root));
            }
            if (!shown.equals(bounds)) {
                problems.add(describe(leaf) + " is cut off: " + bounds + " shows only " + shown);
            }
        }
        for (int i = 0; i < leaves.size(); i++) {
            for (int j = i + 1; j < leaves.size(); j++) {
                Rectangle a = SwingUtilities.convertRectangle(leaves.get(i).getParent(), leaves.get(i).getBounds(), root);
                Rectangle b = SwingUtilities.convertRectangle(leaves.get(j).getParent(), leaves.get(j).getBounds(), root);
                if (a.intersects(b)) {
                    problems.add(describe(leaves.get(i)) + " overlaps " + describe(leaves.get(j)));
                }
            }
        }
        return problems;
    }

    /** Labels and buttons of the window's bars (not the scrolling views, which may scroll). */
    private static void leaves(Container container, List<Component> out) {
        for (Component child : container.getComponents()) {
            if (!child.isShowing() || child instanceof javax.swing.JScrollPane || child instanceof javax.swing.JSlider) {
                continue;
            }
            if (child instanceof JLabel label && !label.getText().isBlank() || child instanceof AbstractButton) {
                out.add(child);
            } else if (child instanceof Container inner) {
                leaves(inner, out);
            }
        }
    }

    private static String describe(Component c) {
        String text = c instanceof JLabel l ? l.getText() : c instanceof AbstractButton b ? b.getText() : "";
        return c.getClass().getSimpleName() + " \"" + text + "\"";
    }

    // --- item 4: undo to unlabelled against a v1 server --------------------------------------

    @Test
    void undoToUnlabelledAgainstAV1ServerSaysItIsKeptOnThisComputerOnly() throws Exception {
        open(true, false);
        driver.press(KeyEvent.VK_2);
        driver.await("tag 2 on image 1 on the server", () -> valueAt(0, 1) == TagValue.TRUE);

        driver.pressWith(InputEvent.CTRL_DOWN_MASK, KeyEvent.VK_Z);
        driver.await("image 1 unlabelled again in the window", () -> session.get().state().valuesAt(0).get(1) == TagValue.UNSET);
        assertThat(session.get().saveAndClose().awaitDelivery(WAIT)).isTrue();
        driver.await("the window to say the undo is local only", () -> onEdt(() ->
                visibleTexts(app.window().frame.getContentPane()).stream()
                        .anyMatch(t -> t.contains("on this computer only"))));
        assertThat(onEdtGet(() -> visibleTexts(app.window().status))).doesNotContain("All edits sent");
        assertThat(rows(data.service.queries().labels(), 1)).containsExactly("FTFFFF");
    }

    // --- item 5: the banner and the status bar agree ------------------------------------------

    @Test
    void theBannerAndTheStatusBarCountTheSameWaitingEdits() throws Exception {
        open(false, false);
        server.die(true);
        driver.await("the banner", () -> onEdt(() -> visibleTexts(app.window().notices).stream()
                .anyMatch(t -> t.contains("Connection lost"))));
        driver.press(KeyEvent.VK_2);
        driver.press(KeyEvent.VK_3);
        driver.press(KeyEvent.VK_4);
        driver.await("three edits waiting", () -> session.get().state().pendingEdits() == 3);
        driver.await("the banner and the status bar to say 3", () -> onEdt(() -> {
            List<String> banner = visibleTexts(app.window().notices);
            List<String> status = visibleTexts(app.window().status);
            return banner.stream().anyMatch(t -> t.contains(" 3 edits queued"))
                    && status.stream().anyMatch(t -> t.startsWith("3 edits not yet sent"));
        }));
    }

    @Test
    void aServerThatGoesSilentShowsAsDisconnectedWithinSeconds() throws Exception {
        open(false, false);
        server.die(false);
        driver.await("Disconnected in the status bar", () -> onEdt(() -> visibleTexts(app.window().status).stream()
                .anyMatch(t -> t.contains("Disconnected"))));
    }

    // --- item 11: local mode and the help overlay ---------------------------------------------

    @Test
    void localModeSaysSavedNotSavedOnTheServer() throws Exception {
        open(false, true);
        driver.press(KeyEvent.VK_S);
        driver.await("the save note", () -> onEdt(() -> visibleTexts(app.window().status).contains("Saved")));
        assertThat(onEdtGet(() -> visibleTexts(app.window().frame.getContentPane())))
                .noneMatch(t -> t.contains("on the server"));
    }

    @Test
    void theHelpIsAnOverlayInTheWindowThatEscCloses() throws Exception {
        open(false, false);
        driver.press(KeyEvent.VK_F1);
        driver.await("the help overlay", () -> onEdt(() -> app.window().frame.getGlassPane().isVisible()
                && visibleTexts((Container) app.window().frame.getGlassPane()).stream()
                        .anyMatch(t -> t.contains("Next frame"))));
        assertThat(onEdtGet(() -> List.of(Window.getWindows()).stream()
                .filter(w -> w.isShowing() && w != app.window().frame).toList())).isEmpty();
        driver.press(KeyEvent.VK_ESCAPE);
        driver.await("the overlay to close", () -> onEdt(() -> !app.window().frame.getGlassPane().isVisible()));
        driver.press(KeyEvent.VK_RIGHT);
        awaitFrame(2);
    }

    // --- item 10: conflicts in plain words, notices that close ---------------------------------

    @Test
    void aConflictSaysInPlainWordsWhoChoseWhatAndAKeyDropsIt() throws Exception {
        open(false, false);
        new dev.fitt.server.service.InProcessTaggingServer(data.service, "bob")
                .tag(dev.fitt.domain.TagChange.ofRow(0, List.of(TagValue.FALSE, TagValue.FALSE, TagValue.TRUE,
                        TagValue.FALSE, TagValue.FALSE, TagValue.FALSE)));
        driver.await("bob's Foggy in the window", () -> session.get().state().valuesAt(0).get(2) == TagValue.TRUE);
        server.conflictNext();
        driver.press(KeyEvent.VK_4);  // image 1: Night Time, refused as a conflict

        driver.await("the conflict in plain words", () -> onEdt(() -> visibleTexts(app.window().notices).stream()
                .anyMatch(t -> t.contains("front, frame 1: bob chose Foggy, you chose Night Time"))));
        driver.pressWith(InputEvent.CTRL_DOWN_MASK, KeyEvent.VK_BACK_SPACE);  // drop it, by keyboard
        driver.await("the conflict notice to go", () -> onEdt(() -> visibleTexts(app.window().notices).stream()
                .noneMatch(t -> t.contains("Conflict"))));
        driver.await("bob's Foggy back in the window", () -> session.get().state().valuesAt(0).get(2) == TagValue.TRUE
                && session.get().state().valuesAt(0).get(3) == TagValue.FALSE);
        assertThat(valueAt(0, 2)).isEqualTo(TagValue.TRUE);
    }

    @Test
    void escClosesANoticeAndANoticeAboutAFrameClosesWhenAnotherFrameShows() throws Exception {
        open(false, false);
        driver.pressWith(InputEvent.CTRL_DOWN_MASK, KeyEvent.VK_L);  // the active image has no tags yet: a notice
        driver.await("the notice", () -> onEdt(() -> visibleTexts(app.window().notices).stream()
                .anyMatch(t -> t.contains("Label clip"))));
        driver.press(KeyEvent.VK_ESCAPE);
        driver.await("Esc to close it", () -> onEdt(() -> visibleTexts(app.window().notices).stream()
                .noneMatch(t -> t.contains("Label clip"))));

        driver.pressWith(InputEvent.CTRL_DOWN_MASK, KeyEvent.VK_L);
        driver.await("the notice again", () -> onEdt(() -> visibleTexts(app.window().notices).stream()
                .anyMatch(t -> t.contains("Label clip"))));
        driver.press(KeyEvent.VK_RIGHT);
        awaitFrame(2);
        driver.await("the notice to close with its frame", () -> onEdt(() -> visibleTexts(app.window().notices).stream()
                .noneMatch(t -> t.contains("Label clip"))));
    }

    // --- item 7: clip identity -----------------------------------------------------------------

    @Test
    void theHeaderNamesTheClipAndTheFrameInItTheSliderMarksClipsAndANewClipShowsForAMoment() throws Exception {
        open(false, false);
        assertThat(onEdtGet(() -> app.window().clipLabel.getText())).startsWith("Clip 1 / 2 \u00b7 frame 1 / 4");
        assertThat(onEdtGet(() -> java.util.Collections.list(app.window().slider.getLabelTable().keys())))
                .containsExactlyInAnyOrder(0, DemoDataset.CLIP_FRAMES[0]);
        assertThat(onEdtGet(() -> app.window().slider.getPaintLabels())).isTrue();

        for (int frame = 2; frame <= 5; frame++) {
            driver.press(KeyEvent.VK_RIGHT);
            awaitFrame(frame);
        }
        driver.await("the header to say clip 2, frame 1 and to stand out", () -> onEdt(() ->
                app.window().clipLabel.getText().startsWith("Clip 2 / 2 \u00b7 frame 1 / 3")
                        && app.window().clipLabel.isOpaque()));
        driver.await("the highlight to end", () -> onEdt(() -> !app.window().clipLabel.isOpaque()));
        driver.press(KeyEvent.VK_RIGHT);
        awaitFrame(6);
        assertThat(onEdtGet(() -> app.window().clipLabel.getText())).startsWith("Clip 2 / 2 \u00b7 frame 2 / 3");
        assertThat(onEdtGet(() -> app.window().clipLabel.isOpaque())).isFalse();
    }

    @Test
    void theHeaderShowsTheClipIdTheServerTellsAndEachNewClipsOwn() throws Exception {
        open(false, false);
        assertThat(onEdtGet(() -> app.window().clipLabel.getText()))
                .isEqualTo("Clip 1 / 2 \u00b7 frame 1 / 4 \u00b7 clip highway_0415 \u00b7 3 cameras");
        for (int frame = 2; frame <= 5; frame++) {
            driver.press(KeyEvent.VK_RIGHT);
            awaitFrame(frame);
        }
        driver.await("the header to name clip 2 by its id", () -> onEdt(() ->
                app.window().clipLabel.getText().equals("Clip 2 / 2 \u00b7 frame 1 / 3 \u00b7 clip city_0416 \u00b7 3 cameras")));
    }

    @Test
    void aV1ServerTellsNoClipIdSoTheHeaderShowsOnlyTheNumbers() throws Exception {
        open(true, false);
        assertThat(onEdtGet(() -> app.window().clipLabel.getText()))
                .isEqualTo("Clip 1 / 2 \u00b7 frame 1 / 4 \u00b7 3 cameras");
    }

    // --- item 8: the clip timeline -----------------------------------------------------------

    @Test
    void theTimelineColoursEachImageAClickJumpsAndADraggedRangeTakesOneDigitAsOneUndoStep() throws Exception {
        open(false, false, "FFFTFF");  // image 1 (frame 1, front): Night Time
        ClipTimeline timeline = app.window().timeline;
        driver.await("the timeline to show clip 1", () -> onEdt(() -> timeline.isShowing() && timeline.getHeight() > 0));
        assertThat(onEdtGet(() -> timeline.colours(0, 0))).containsExactly(Palette.current().tagColor(3));
        assertThat(onEdtGet(() -> timeline.colours(0, 1))).as("unlabelled").isEmpty();
        assertThat(onEdtGet(() -> pixel(timeline, 0, 1))).as("an unlabelled cell as painted")
                .isEqualTo(Palette.current().unlabelledCell().getRGB());
        assertThat(onEdtGet(() -> pixel(timeline, 0, 0))).as("a labelled cell as painted")
                .isEqualTo(Palette.current().tagColor(3).getRGB());

        click(timeline, 2, 1);  // frame 3, camera "left"
        driver.await("frame 3 with camera 2 active", () -> session.get().navigation().frameNumber() == 2
                && session.get().navigation().activeCamera() == 1);

        drag(timeline, 1, 0, 3, 2);  // frames 2-4, every camera
        driver.await("the selection", () -> onEdt(() -> timeline.selection()
                .equals(java.util.Optional.of(new ClipTimeline.Selection(1, 3, 0, 2)))));
        driver.press(KeyEvent.VK_2);
        List<String> tagged = List.of("FFFTFF", UNSET, UNSET, "FTFFFF", "FTFFFF", "FTFFFF", "FTFFFF", "FTFFFF",
                "FTFFFF", "FTFFFF", "FTFFFF", "FTFFFF", UNSET);
        awaitServerRows(tagged);
        driver.await("the selection to end", () -> onEdt(() -> timeline.selection().isEmpty()));
        assertThat(onEdtGet(() -> timeline.colours(3, 2))).containsExactly(Palette.current().tagColor(1));
        assertThat(session.get().navigation().frameNumber()).as("on the frame the drag began; tagging a selection does not move")
                .isEqualTo(1);

        driver.pressWith(InputEvent.CTRL_DOWN_MASK, KeyEvent.VK_Z);  // one undo step for the whole range
        awaitServerRows(List.of("FFFTFF", UNSET, UNSET, UNSET, UNSET, UNSET, UNSET, UNSET, UNSET, UNSET, UNSET,
                UNSET, UNSET));
    }

    /** The colour painted at the centre of a cell (frame in clip, camera). */
    private static int pixel(ClipTimeline timeline, int frame, int camera) {
        java.awt.image.BufferedImage image = WindowDriver.painted(timeline);
        Point centre = timeline.cellCentre(frame, camera);
        return image.getRGB(centre.x, centre.y) | 0xFF000000;
    }

    private void click(ClipTimeline timeline, int frame, int camera) throws Exception {
        driver.click(onScreen(timeline, frame, camera));
    }

    private void drag(ClipTimeline timeline, int fromFrame, int fromCamera, int toFrame, int toCamera) throws Exception {
        driver.drag(onScreen(timeline, fromFrame, fromCamera), onScreen(timeline, toFrame, toCamera));
    }

    private static Point onScreen(ClipTimeline timeline, int frame, int camera) throws Exception {
        return onEdtGet(() -> {
            Point centre = timeline.cellCentre(frame, camera);
            SwingUtilities.convertPointToScreen(centre, timeline);
            return centre;
        });
    }

    // --- helpers ------------------------------------------------------------------------------

    private void awaitServerRows(List<String> expected) throws InterruptedException {
        driver.await("the server's rows " + expected, () -> rows(data.service.queries().labels(), expected.size()).equals(expected));
    }

    private TagValue valueAt(int row, int tag) {
        return data.service.queries().labels().value(row, tag);
    }

    private static List<String> rows(LabelsSnapshot labels, int count) {
        List<String> out = new ArrayList<>();
        for (int r = 0; r < count; r++) {
            StringBuilder row = new StringBuilder();
            for (int t = 0; t < TAGS; t++) {
                TagValue v = labels.value(r, t);
                row.append(v == TagValue.TRUE ? 'T' : v == TagValue.FALSE ? 'F' : '.');
            }
            out.add(row.toString());
        }
        return out;
    }

    private static JDialog dialog(String title) {
        for (Window window : Window.getWindows()) {
            if (window instanceof JDialog dialog && dialog.isShowing() && title.equals(dialog.getTitle())) {
                return dialog;
            }
        }
        return null;
    }

    private static <T extends Component> T find(Container root, Class<T> type, java.util.function.Predicate<T> which) {
        List<Object> found = new ArrayList<>();
        collect(root, type, found);
        return found.stream().map(type::cast).filter(which).findFirst().orElseThrow(() ->
                new AssertionError("no " + type.getSimpleName() + " in " + root));
    }

    private static void collect(Container root, Class<?> type, List<Object> out) {
        for (Component child : root.getComponents()) {
            if (type.isInstance(child)) {
                out.add(child);
            } else if (child instanceof Container inner) {
                collect(inner, type, out);
            }
        }
    }

    private static List<String> visibleTexts(Container root) {
        List<String> out = new ArrayList<>();
        for (Component child : root.getComponents()) {
            if (!child.isVisible()) {
                continue;
            }
            if (child instanceof JLabel label) {
                out.add(label.getText());
            } else if (child instanceof AbstractButton button) {
                out.add(button.getText());
            } else if (child instanceof javax.swing.JTable table) {
                for (int r = 0; r < table.getRowCount(); r++) {
                    out.add(table.getValueAt(r, 0) + " " + table.getValueAt(r, 1));
                }
            }
            if (child instanceof Container inner) {
                out.addAll(visibleTexts(inner));
            }
        }
        return out;
    }
}
