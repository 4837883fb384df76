package dev.fitt.adapters.swing;

import static dev.fitt.adapters.swing.WindowDriver.onEdt;
import static dev.fitt.adapters.swing.WindowDriver.onEdtGet;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fitt.client.port.in.LabellingSession;
import dev.fitt.client.port.out.ClientPreferences;
import dev.fitt.client.port.out.TeamWorkPort;
import dev.fitt.client.service.ClientCore;
import dev.fitt.client.service.NoTeamWork;
import dev.fitt.client.service.SessionSettings;
import dev.fitt.domain.AnnotatorStats;
import dev.fitt.domain.HourlyActivity;
import dev.fitt.domain.RowProvenance;
import dev.fitt.domain.TagChange;
import java.awt.Component;
import java.awt.Container;
import java.awt.Window;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Ctrl+I in the real window: the statistics panel shows what the team port tells, updates on F5,
 * closes on Esc; a server without team work gets one line. Skipped without a display (CI runs it
 * under xvfb-run).
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class StatisticsPanelWindowTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Instant NOW = Instant.now();

    private final AtomicReference<LabellingSession> session = new AtomicReference<>();
    private SwingClient app;
    private WindowDriver driver;

    private void open(TeamWorkPort team) throws Exception {
        WindowDriver.assumeDisplay();
        driver = new WindowDriver(WAIT, 20, Duration.ofMillis(20));
        DemoDataset data = new DemoDataset(320, 180);
        ClientPreferences preferences = ClientPreferences.defaults();
        app = SwingClient.launch(new ClientLaunch("statistics test", () -> {
            LabellingSession opened = ClientCore.open(data.server(), SessionSettings.of(false, 0), team);
            session.set(opened);
            return opened;
        }, preferences, new InMemoryPreferences(preferences), () -> { }, false));
        driver.await("the session to open", () -> session.get() != null && onEdt(() -> app.window().views.isShowing()));
        driver.focusTheViews(app);
    }

    @AfterEach
    void close() {
        if (app != null) {
            app.closeAndWait(Duration.ofSeconds(5));
        }
    }

    @Test
    void ctrlIShowsEachAnnotatorAndTheChartUpdatesOnF5AndClosesOnEsc() throws Exception {
        FixedTeam team = new FixedTeam();
        open(team);

        driver.pressWith(InputEvent.CTRL_DOWN_MASK, KeyEvent.VK_I);

        driver.await("the panel with two annotators", () -> onEdt(() -> panel().isPresent()
                && table(panel().get()).getRowCount() == 2));
        List<String> ana = onEdtGet(() -> row(table(panel().get()), 0));
        assertThat(ana).containsExactly("Ana", "40", "55", "12", "1.3", "25 % (1 of 4)", "0", "5 min ago");
        assertThat(onEdtGet(() -> row(table(panel().get()), 1).get(0))).isEqualTo("Ben");
        assertThat(onEdtGet(() -> labels(panel().get()))).anyMatch(text -> text.contains("frames labelled")
                && text.contains("7 reviewed"));
        ActivityChart chart = onEdtGet(() -> find(panel().get(), ActivityChart.class).get(0));
        assertThat(onEdtGet(() -> chart.model().orElseThrow().series())).containsExactly("Ana", "Ben");
        assertThat(onEdtGet(() -> chart.model().orElseThrow().total(HourlyActivity.HOURS - 1))).isEqualTo(12);
        int ana0 = onEdtGet(() -> Palette.current().tagColor(0).getRGB());
        assertThat(onEdtGet(() -> pixels(WindowDriver.painted(chart), ana0))).as("Ana's bars are drawn").isPositive();

        int fetched = team.fetches.get();
        driver.press(KeyEvent.VK_F5);
        driver.await("another fetch after F5", () -> team.fetches.get() > fetched);

        driver.press(KeyEvent.VK_ESCAPE);
        driver.await("the panel to close on Esc", () -> onEdt(() -> panel().isEmpty()));
    }

    @Test
    void eachHeadingSaysWhatItsColumnCounts() throws Exception {
        open(new FixedTeam());
        driver.pressWith(InputEvent.CTRL_DOWN_MASK, KeyEvent.VK_I);
        driver.await("the panel", () -> onEdt(() -> panel().isPresent() && table(panel().get()).getRowCount() == 2));

        List<String> tips = onEdtGet(() -> {
            javax.swing.table.JTableHeader header = table(panel().get()).getTableHeader();
            List<String> shown = new java.util.ArrayList<>();
            for (int column = 0; column < header.getColumnModel().getColumnCount(); column++) {
                java.awt.Rectangle cell = header.getHeaderRect(column);
                shown.add(header.getToolTipText(new java.awt.event.MouseEvent(header, java.awt.event.MouseEvent.MOUSE_MOVED,
                        0, 0, (int) cell.getCenterX(), (int) cell.getCenterY(), 0, false)));
            }
            return shown;
        });

        assertThat(tips).hasSize(8).doesNotContainNull().doesNotHaveDuplicates();
        // A frame an annotator labelled some cameras of counts for them, not yet as a labelled frame of the dataset.
        assertThat(tips.get(1)).contains("on any camera", "every camera");
    }

    @Test
    void aServerWithoutTeamWorkGetsOneLine() throws Exception {
        open(new NoTeamWork());

        driver.pressWith(InputEvent.CTRL_DOWN_MASK, KeyEvent.VK_I);

        driver.await("the one-line message", () -> onEdt(() -> panel().isPresent()
                && labels(panel().get()).contains(StatisticsPanel.NO_TEAM_WORK)
                && find(panel().get(), JLabel.class).stream().anyMatch(l -> l.isShowing()
                        && StatisticsPanel.NO_TEAM_WORK.equals(l.getText()))));
    }

    @Test
    void thePanelIsFramedAndPaddedLikeTheCameraViews() throws Exception {
        open(new FixedTeam());

        driver.pressWith(InputEvent.CTRL_DOWN_MASK, KeyEvent.VK_I);
        driver.await("the panel", () -> onEdt(() -> panel().isPresent()));

        javax.swing.border.Border border = onEdtGet(() -> ((javax.swing.JComponent) panel().get().getContentPane())
                .getBorder());
        assertThat(border).as("a line around the padding").isInstanceOf(javax.swing.border.CompoundBorder.class);
        javax.swing.border.Border line = ((javax.swing.border.CompoundBorder) border).getOutsideBorder();
        assertThat(line).isInstanceOf(javax.swing.border.LineBorder.class);
        assertThat(((javax.swing.border.LineBorder) line).getLineColor()).isEqualTo(Palette.current().viewBorder());
        assertThat(onEdtGet(() -> panel().get().getContentPane().getBackground())).as("a view's background")
                .isEqualTo(Palette.current().viewBackground());
        java.awt.Insets padding = onEdtGet(() -> border.getBorderInsets(panel().get().getContentPane()));
        assertThat(Math.min(Math.min(padding.top, padding.bottom), Math.min(padding.left, padding.right)))
                .as("padding inside the line").isGreaterThanOrEqualTo(TagChip.scaled(10));
    }

    private static int pixels(java.awt.image.BufferedImage image, int rgb) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                count += (image.getRGB(x, y) | 0xFF000000) == (rgb | 0xFF000000) ? 1 : 0;
            }
        }
        return count;
    }

    /** The statistics window when it is showing. */
    private Optional<JDialog> panel() {
        for (Window owned : app.window().frame.getOwnedWindows()) {
            if (owned instanceof JDialog dialog && dialog.isVisible() && dialog.getTitle().contains("statistics")) {
                return Optional.of(dialog);
            }
        }
        return Optional.empty();
    }

    private static JTable table(Container in) {
        return find(in, JTable.class).get(0);
    }

    private static List<String> row(JTable table, int row) {
        List<String> cells = new ArrayList<>();
        for (int column = 0; column < table.getColumnCount(); column++) {
            cells.add(String.valueOf(table.getValueAt(row, column)));
        }
        return cells;
    }

    private static List<String> labels(Container in) {
        return find(in, JLabel.class).stream().map(JLabel::getText).toList();
    }

    private static <T> List<T> find(Container in, Class<T> type) {
        List<T> found = new ArrayList<>();
        for (Component child : in.getComponents()) {
            if (type.isInstance(child)) {
                found.add(type.cast(child));
            }
            if (child instanceof Container container) {
                found.addAll(find(container, type));
            }
        }
        return found;
    }

    /** A team port with fixed numbers, counting how often it was asked. */
    private static final class FixedTeam implements TeamWorkPort {
        final AtomicInteger fetches = new AtomicInteger();

        @Override
        public boolean offersTeamWork() {
            return true;
        }

        @Override
        public List<AnnotatorStats> fetchAnnotatorStats() {
            fetches.incrementAndGet();
            return List.of(new AnnotatorStats("Ana", 40, 55, 12, 30, 4, 1, 0, NOW.minusSeconds(300)),
                    new AnnotatorStats("Ben", 3, 3, 0, 3, 0, 0, 2, NOW.minusSeconds(7200)));
        }

        @Override
        public HourlyActivity fetchHourlyActivity() {
            List<Integer> ana = new ArrayList<>(Collections.nCopies(HourlyActivity.HOURS, 0));
            ana.set(HourlyActivity.HOURS - 1, 12);
            ana.set(10, 18);
            List<Integer> ben = new ArrayList<>(Collections.nCopies(HourlyActivity.HOURS, 0));
            ben.set(HourlyActivity.HOURS - 3, 3);
            return new HourlyActivity(NOW, 7, List.of(new HourlyActivity.AnnotatorHours("Ana", ana),
                    new HourlyActivity.AnnotatorHours("Ben", ben)));
        }

        @Override
        public List<RowProvenance> fetchProvenance(int first, int last) {
            throw new UnsupportedOperationException();
        }

        @Override
        public dev.fitt.domain.AssignedClips fetchAssignedClips() {
            throw new UnsupportedOperationException();
        }

        @Override
        public long accept(int first, int last, long basis) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long correct(TagChange change, long basis) {
            throw new UnsupportedOperationException();
        }
    }
}
