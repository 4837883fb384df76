package dev.fitt.adapters.swing;

import static dev.fitt.adapters.swing.WindowDriver.onEdt;
import static dev.fitt.adapters.swing.WindowDriver.onEdtGet;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fitt.client.port.in.LabellingSession;
import dev.fitt.client.service.ClientCore;
import dev.fitt.client.service.NoTeamWork;
import dev.fitt.client.service.SessionSettings;
import dev.fitt.client.port.out.ClientPreferences;
import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.Rectangle;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The frame's images fill the window with every tag chip in sight, at common window sizes and
 * camera counts; zoom steps from the fitted size, 100% is the picture's own pixels; with many
 * cameras the active one is large and the others form a strip. The real window over an
 * in-process server; skipped without a display (CI runs it under xvfb-run).
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class SwingClientLayoutTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String[] SIX = {"front", "left", "rear", "right", "top", "back"};
    private static final int IMAGE_WIDTH = 640;
    private static final int IMAGE_HEIGHT = 360;

    private final AtomicReference<LabellingSession> session = new AtomicReference<>();
    private SwingClient app;
    private WindowDriver driver;

    private void open(int cameras) throws Exception {
        open(Arrays.copyOf(SIX, cameras));
    }

    private void open(String... names) throws Exception {
        open(new DemoDataset(names, IMAGE_WIDTH, IMAGE_HEIGHT), names.length);
    }

    private void open(DemoDataset data, int cameras) throws Exception {
        WindowDriver.assumeDisplay();
        driver = new WindowDriver(WAIT, 0, Duration.ofMillis(20));
        ClientPreferences preferences = ClientPreferences.defaults();
        app = SwingClient.launch(new ClientLaunch("layout test", () -> {
            LabellingSession opened = ClientCore.open(data.server(), SessionSettings.of(false, 0), new NoTeamWork());
            session.set(opened);
            return opened;
        }, preferences, new InMemoryPreferences(preferences), () -> { }, false));
        driver.await("the session to open and the views to show", () -> session.get() != null && onEdt(() ->
                app.window().views.getComponentCount() == cameras && app.window().views.isShowing()));
    }

    @AfterEach
    void close() {
        if (app != null) {
            app.closeAndWait(Duration.ofSeconds(5));
        }
    }

    @Test
    void oneCameraFillsTheWindowWithEveryChipInSight() throws Exception {
        open(1);
        for (Dimension size : sizes()) {
            assertFills(size, 0.40);
        }
    }

    @Test
    void threeCamerasFillTheWindowWithEveryChipInSight() throws Exception {
        open(3);
        for (Dimension size : sizes()) {
            assertFills(size, 0.26);
        }
    }

    @Test
    void threeCamerasSideBySideShowTheirWholeNamesAt1024() throws Exception {
        open("camera_front", "camera_left", "camera_right");
        for (Dimension size : sizes()) {
            resize(size);
            assertThat(onEdtGet(() -> views().stream().map(Component::getY).distinct().count()))
                    .as("the three side by side at " + size).isEqualTo(1L);
            List<String> cut = onEdtGet(() -> views().stream().map(v -> find(v, CameraNameLabel.class))
                    .filter(name -> name.getWidth() < wholeWidth(name)).map(name -> name.getText() + " "
                            + name.getWidth() + " < " + wholeWidth(name)).toList());
            assertThat(cut).as("camera names cut short at " + size).isEmpty();
        }
    }

    @Test
    void theSlidersClipNumbersStayApartInASmallWindow() throws Exception {
        int[] clips = new int[150];
        Arrays.fill(clips, 2);
        open(new DemoDataset(clips, new String[] {"camera_front", "camera_left", "camera_right"}, IMAGE_WIDTH,
                IMAGE_HEIGHT), 3);
        for (Dimension size : sizes()) {
            resize(size);
            driver.await("clip numbers that fit the slider at " + size, () -> onEdt(() -> {
                javax.swing.JSlider slider = app.window().slider;
                int numbers = 0;
                for (Object mark : java.util.Collections.list(slider.getLabelTable().elements())) {
                    numbers += ((Component) mark).getPreferredSize().width;
                }
                return slider.getPaintLabels() && slider.getLabelTable().size() >= 2 && numbers < slider.getWidth();
            }));
        }
    }

    @Test
    void sixCamerasShowTheActiveOneLargeAndTheOthersAsAStripOrAllInAGrid() throws Exception {
        open(6);
        for (Dimension size : sizes()) {
            assertFills(size, 0.20);
            Rectangle active = onEdtGet(() -> imageOf(activeView()));
            List<Rectangle> others = onEdtGet(() -> views().stream().filter(v -> v != activeView())
                    .map(SwingClientLayoutTest::imageOf).toList());
            assertThat(others).as("the other cameras at " + size).hasSize(5)
                    .allMatch(r -> r.width * 2 < active.width && r.width > 0 && r.height > 0);
        }
        SwingUtilities.invokeAndWait(() -> app.window().frame.getRootPane().getActionMap()
                .get(HotkeyTable.STRIP).actionPerformed(null));  // all six alike, in a grid
        for (Dimension size : sizes()) {
            resize(size);
            assertChipsInSight(size, true);
            List<Integer> widths = onEdtGet(() -> views().stream().map(v -> imageOf(v).width).toList());
            assertThat(widths).as("image widths in the grid at " + size).allMatch(w -> w.equals(widths.get(0)));
        }
    }

    @Test
    void zoomStepsFromTheFittedSizeAndOneHundredPercentIsThePicturesOwnPixels() throws Exception {
        open(3);
        resize(new Dimension(1440, 900));
        int fitted = onEdtGet(() -> imageOf(activeView()).width);
        SwingUtilities.invokeAndWait(() -> app.window().frame.getRootPane().getActionMap().get(HotkeyTable.ZOOM_IN)
                .actionPerformed(null));
        driver.await("a larger picture after zooming in", () -> onEdt(() -> imageOf(activeView()).width > fitted));
        int steps = 0;
        while (steps++ < 30 && !onEdtGet(() -> app.window().zoomLabel.getText()).equals("100%")) {
            String action = onEdtGet(() -> Integer.parseInt(app.window().zoomLabel.getText().replace("%", "")) < 100
                    ? HotkeyTable.ZOOM_IN : HotkeyTable.ZOOM_OUT);
            SwingUtilities.invokeAndWait(() -> app.window().frame.getRootPane().getActionMap().get(action)
                    .actionPerformed(null));
        }
        driver.await("100% to show the picture's own " + IMAGE_WIDTH + " pixels", () -> onEdt(() ->
                Math.abs(imageOf(activeView()).width - Math.round(IMAGE_WIDTH / com.formdev.flatlaf.util.UIScale
                        .getUserScaleFactor())) <= 1));
        SwingUtilities.invokeAndWait(() -> app.window().frame.getRootPane().getActionMap().get(HotkeyTable.FIT)
                .actionPerformed(null));
        driver.await("the fitted size again", () -> onEdt(() -> imageOf(activeView()).width == fitted));
    }

    private static List<Dimension> sizes() {
        return List.of(new Dimension(1440, 900), new Dimension(1024, 700));
    }

    private void assertFills(Dimension size, double share) throws Exception {
        resize(size);
        assertChipsInSight(size, false);
        double used = onEdtGet(() -> {
            Rectangle viewport = app.window().scroll.getViewport().getBounds();
            long area = 0;
            for (CameraView view : views()) {
                Rectangle image = imageOf(view);
                area += (long) image.width * image.height;
            }
            return area / (double) ((long) viewport.width * viewport.height);
        });
        assertThat(used).as("share of the views' area that shows pictures at " + size).isGreaterThanOrEqualTo(share);
        // As large as the room allows: the views reach across the width or the height of the room.
        List<Double> spans = onEdtGet(() -> {
            Rectangle viewport = app.window().scroll.getViewport().getBounds();
            Rectangle all = null;
            for (CameraView view : views()) {
                all = all == null ? view.getBounds() : all.union(view.getBounds());
            }
            return List.of(all.width / (double) viewport.width, all.height / (double) viewport.height);
        });
        assertThat(Math.max(spans.get(0), spans.get(1))).as("the views' span of the room's width or height at "
                + size + " " + spans).isGreaterThanOrEqualTo(0.9);
    }

    private void resize(Dimension size) throws Exception {
        SwingUtilities.invokeAndWait(() -> app.window().frame.setSize(size));
        driver.await("the window to be " + size, () -> onEdt(() -> app.window().frame.getSize().equals(size)));
        // The layout settles after the resize events; wait for two quiet event-queue rounds.
        for (int i = 0; i < 3; i++) {
            SwingUtilities.invokeAndWait(() -> app.window().frame.validate());
            Thread.sleep(150);
        }
    }

    /** Every shown chip lies inside the visible part of the views; the active view shows all its chips. */
    private void assertChipsInSight(Dimension size, boolean everyView) throws Exception {
        List<String> problems = onEdtGet(() -> {
            List<String> out = new ArrayList<>();
            Rectangle visible = app.window().views.getVisibleRect();
            for (CameraView view : views()) {
                List<TagChip> chips = new ArrayList<>();
                collect(view, chips);
                boolean mustShow = everyView || view == activeView();
                for (TagChip chip : chips) {
                    if (!chip.isShowing()) {
                        if (mustShow) {
                            out.add("camera " + view.camera() + ": a chip is hidden");
                        }
                        continue;
                    }
                    Rectangle bounds = SwingUtilities.convertRectangle(chip.getParent(), chip.getBounds(),
                            app.window().views);
                    if (!visible.contains(bounds)) {
                        out.add("camera " + view.camera() + ": chip at " + bounds + " is outside " + visible);
                    }
                }
            }
            return out;
        });
        assertThat(problems).as("chips at " + size).isEmpty();
    }

    private List<CameraView> views() {
        List<CameraView> out = new ArrayList<>();
        for (Component c : app.window().views.getComponents()) {
            if (c instanceof CameraView view && view.isVisible()) {
                out.add(view);
            }
        }
        return out;
    }

    private CameraView activeView() {
        int active = session.get().navigation().activeCamera();
        return views().stream().filter(v -> v.camera() == active).findFirst().orElseThrow();
    }

    /** The rectangle the picture is painted in: its panel, letterboxed to the picture's shape. */
    private static Rectangle imageOf(CameraView view) {
        ImagePanel panel = find(view, ImagePanel.class);
        double scale = Math.min(panel.getWidth() / (double) IMAGE_WIDTH, panel.getHeight() / (double) IMAGE_HEIGHT);
        return new Rectangle((int) Math.round(IMAGE_WIDTH * scale), (int) Math.round(IMAGE_HEIGHT * scale));
    }

    /** The width the name needs to be shown without "...". */
    private static int wholeWidth(CameraNameLabel name) {
        javax.swing.JLabel probe = new javax.swing.JLabel(name.getText());
        probe.setFont(name.getFont());
        return probe.getPreferredSize().width;
    }

    private static <T> T find(Container root, Class<T> type) {
        for (Component child : root.getComponents()) {
            if (type.isInstance(child)) {
                return type.cast(child);
            }
            if (child instanceof Container inner) {
                T found = find(inner, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static void collect(Container root, List<TagChip> out) {
        for (Component child : root.getComponents()) {
            if (child instanceof TagChip chip) {
                out.add(chip);
            } else if (child instanceof Container inner) {
                collect(inner, out);
            }
        }
    }
}
