package dev.fitt.adapters.swing;

import dev.fitt.client.port.in.TeamStatistics;
import dev.fitt.client.port.in.ViewTeamStatisticsUseCase;
import java.awt.BorderLayout;
import java.awt.CardLayout;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.event.KeyEvent;
import java.awt.event.MouseEvent;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.KeyStroke;
import javax.swing.SwingConstants;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import javax.swing.table.DefaultTableCellRenderer;
import javax.swing.table.JTableHeader;

/**
 * Ctrl+I: the team's statistics (issue 15) in a window beside the labelling window: per annotator
 * frames, changes, frames per hour, share corrected in review and last active; the dataset's
 * progress; a chart of frames per hour over the last day. Fetched off the event thread, again
 * every {@link #REFRESH} while it is open and on F5; Esc or Ctrl+I closes it. A server without
 * team work gets one line saying so. EDT only, except the fetch. The table's model is
 * {@link AnnotatorRows}; this class fetches and lays out.
 */
final class StatisticsPanel {
    static final Duration REFRESH = Duration.ofSeconds(10);
    static final String NO_TEAM_WORK = "This server keeps no team statistics: it does not record who tagged what"
            + " (a fitt server does; the original server and fitt tag do not).";
    private static final String STATS = "stats";
    private static final String MESSAGE = "message";
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final JFrame owner;
    private final ViewTeamStatisticsUseCase statistics;
    private final ExecutorService fetcher = Workers.single("statistics");
    private final Timer timer;
    private final AnnotatorRows rows = new AnnotatorRows();
    private final JLabel progress = new JLabel(" ");
    private final JLabel message = new JLabel(" ", SwingConstants.CENTER);
    private final JLabel footer = new JLabel(" ");
    private final ActivityChart chart = new ActivityChart();
    private final CardLayout cards = new CardLayout();
    private final JPanel content = new JPanel(cards);
    private JDialog dialog;
    private boolean fetching;
    private int fetches;

    StatisticsPanel(JFrame owner, ViewTeamStatisticsUseCase statistics) {
        this.owner = owner;
        this.statistics = statistics;
        this.timer = new Timer((int) REFRESH.toMillis(), e -> refresh());
    }

    /** Ctrl+I: open (and fetch) or close. */
    void toggle() {
        if (isOpen()) {
            close();
        } else {
            open();
        }
    }

    boolean isOpen() {
        return dialog != null && dialog.isVisible();
    }

    void open() {
        if (dialog == null) {
            dialog = build();
        }
        dialog.setSize(new Dimension(Math.min(TagChip.scaled(900), Math.max(TagChip.scaled(420), owner.getWidth() - 40)),
                Math.min(TagChip.scaled(620), Math.max(TagChip.scaled(300), owner.getHeight() - 40))));
        dialog.setLocationRelativeTo(owner);
        dialog.setVisible(true);
        refresh();
        timer.restart();
    }

    void close() {
        timer.stop();
        if (dialog != null) {
            dialog.setVisible(false);
        }
    }

    /** The window is closing: no more fetches. */
    void dispose() {
        timer.stop();
        fetcher.shutdownNow();
        if (dialog != null) {
            dialog.dispose();
        }
    }

    /** Fetches now unless a fetch is under way (a slow server then gets no pile of requests). */
    void refresh() {
        if (fetching || !isOpen()) {
            return;
        }
        fetching = true;
        footer.setText("Updating\u2026");
        fetcher.execute(() -> {
            try {
                Optional<TeamStatistics> fetched = statistics.fetch();
                SwingUtilities.invokeLater(() -> shown(fetched));
            } catch (Exception e) {
                SwingUtilities.invokeLater(() -> failed(e));
            }
        });
    }

    private void shown(Optional<TeamStatistics> fetched) {
        fetching = false;
        fetches++;
        if (fetched.isEmpty()) {
            timer.stop();
            message.setText(NO_TEAM_WORK);
            cards.show(content, MESSAGE);
            footer.setText("Esc closes");
            return;
        }
        TeamStatistics stats = fetched.get();
        progress.setText("<html><b>This dataset:</b> " + StatisticsText.progress(stats.progress(),
                stats.reviewedFrames()) + "</html>");
        rows.show(stats.annotators(), stats.hours().until());
        content.revalidate();
        chart.show(new ActivityChartModel(stats.hours()));
        cards.show(content, STATS);
        footer.setText("Updated " + LocalTime.now().truncatedTo(ChronoUnit.SECONDS).format(CLOCK) + "; again every "
                + REFRESH.toSeconds() + " s while open \u2014 F5 updates now, Esc closes");
    }

    private void failed(Exception e) {
        fetching = false;
        fetches++;
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        footer.setText("Could not update the statistics: " + why + " (trying again in " + REFRESH.toSeconds()
                + " s; F5 now)");
    }

    private JDialog build() {
        JDialog built = new JDialog(owner, "fitt \u2014 team statistics", false);
        JTable table = new JTable(rows);
        table.setFocusable(false);
        table.setRowHeight(table.getRowHeight() + TagChip.scaled(4));
        DefaultTableCellRenderer right = new DefaultTableCellRenderer();
        right.setHorizontalAlignment(SwingConstants.RIGHT);
        for (int column = 0; column < rows.getColumnCount(); column++) {
            javax.swing.table.TableColumn shown = table.getColumnModel().getColumn(column);
            shown.setHeaderValue(rows.heading(column));
            shown.setPreferredWidth(TagChip.scaled(rows.width(column)));
            if (column > 0) {
                shown.setCellRenderer(right);
            }
        }
        JTableHeader header = new JTableHeader(table.getColumnModel()) {
            /** What the column under the pointer counts. */
            @Override
            public String getToolTipText(MouseEvent event) {
                int column = columnAtPoint(event.getPoint());
                return column < 0 ? null : rows.explanation(table.convertColumnIndexToModel(column));
            }
        };
        // Without a tool tip of its own a component is not registered for any.
        header.setToolTipText("");
        table.setTableHeader(header);
        // Two lines of heading: the look and feel sizes the header for one.
        header.setPreferredSize(new Dimension(header.getPreferredSize().width,
                2 * header.getFontMetrics(header.getFont()).getHeight() + TagChip.scaled(8)));
        JScrollPane scroll = new JScrollPane(table) {
            /** As tall as the rows (up to eight), so the chart gets the rest of the window. */
            @Override
            public Dimension getPreferredSize() {
                Dimension size = super.getPreferredSize();
                int shownRows = Math.max(2, Math.min(8, table.getRowCount()));
                return new Dimension(size.width, table.getTableHeader().getPreferredSize().height
                        + shownRows * table.getRowHeight() + 4);
            }
        };
        scroll.setFocusable(false);
        progress.setBorder(BorderFactory.createEmptyBorder(0, 0, 8, 0));
        chart.setBorder(BorderFactory.createEmptyBorder(12, 0, 0, 0));
        JPanel top = new JPanel(new BorderLayout());
        top.add(progress, BorderLayout.NORTH);
        top.add(scroll, BorderLayout.CENTER);
        JPanel stats = new JPanel(new BorderLayout());
        top.setOpaque(false);
        stats.setOpaque(false);
        content.setOpaque(false);
        stats.add(top, BorderLayout.NORTH);
        stats.add(chart, BorderLayout.CENTER);
        message.setFont(message.getFont().deriveFont(Font.PLAIN));
        JLabel loading = new JLabel("Loading the team's statistics\u2026", SwingConstants.CENTER);
        content.add(loading, "loading");
        content.add(stats, STATS);
        content.add(message, MESSAGE);
        footer.setBorder(BorderFactory.createEmptyBorder(8, 0, 0, 0));
        footer.setForeground(Palette.current().unsetText());
        JPanel root = new JPanel(new BorderLayout()) {
            /**
             * Framed and filled like a camera view, so the panel stands apart from the window behind
             * it (the parts inside are see-through); again on a theme change.
             */
            @Override
            public void updateUI() {
                super.updateUI();
                Palette palette = Palette.current();
                setBackground(palette.viewBackground());
                setBorder(BorderFactory.createCompoundBorder(
                        BorderFactory.createLineBorder(palette.viewBorder(), TagChip.scaled(1), true),
                        BorderFactory.createEmptyBorder(TagChip.scaled(12), TagChip.scaled(14), TagChip.scaled(10),
                                TagChip.scaled(14))));
            }
        };
        root.add(content, BorderLayout.CENTER);
        root.add(footer, BorderLayout.SOUTH);
        built.setContentPane(root);
        JComponent keys = built.getRootPane();
        keys.registerKeyboardAction(e -> close(), KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0),
                JComponent.WHEN_IN_FOCUSED_WINDOW);
        keys.registerKeyboardAction(e -> close(), KeyStroke.getKeyStroke(KeyEvent.VK_I,
                java.awt.event.InputEvent.CTRL_DOWN_MASK), JComponent.WHEN_IN_FOCUSED_WINDOW);
        keys.registerKeyboardAction(e -> refresh(), KeyStroke.getKeyStroke(KeyEvent.VK_F5, 0),
                JComponent.WHEN_IN_FOCUSED_WINDOW);
        built.setDefaultCloseOperation(JDialog.HIDE_ON_CLOSE);
        built.addComponentListener(new java.awt.event.ComponentAdapter() {
            @Override
            public void componentHidden(java.awt.event.ComponentEvent e) {
                timer.stop();
            }
        });
        return built;
    }

    // --- for tests ------------------------------------------------------------------------------

    JDialog dialog() {
        return dialog;
    }

    AnnotatorRows rows() {
        return rows;
    }

    ActivityChart chart() {
        return chart;
    }

    JLabel progressLabel() {
        return progress;
    }

    JLabel messageLabel() {
        return message;
    }

    /** Fetches answered so far (shown or failed). */
    int fetches() {
        return fetches;
    }
}
