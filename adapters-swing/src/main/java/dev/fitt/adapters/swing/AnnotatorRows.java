package dev.fitt.adapters.swing;

import dev.fitt.domain.AnnotatorStats;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import javax.swing.table.AbstractTableModel;

/**
 * The table model of the {@link StatisticsPanel}: one row per annotator, as the server sorted them,
 * with the headings and relative widths the panel lays the columns out by.
 */
final class AnnotatorRows extends AbstractTableModel {
    private static final String[] COLUMNS = {"Annotator", "Frames", "Changes", "Frames/h last hour",
        "Frames/h last day", "Corrected in review", "Reviews", "Last active"};
    /** Two-line headings, so the columns stay narrow enough for every number at 1024 pixels. */
    private static final String[] HEADINGS = {"Annotator", "Frames", "Changes", "<html>Frames/h<br>last hour",
        "<html>Frames/h<br>last day", "<html>Corrected<br>in review", "Reviews", "Last active"};
    /**
     * What each column counts, shown over its heading: a frame an annotator labelled some cameras of
     * counts for them, while the dataset's line above counts frames with every camera labelled.
     */
    private static final String[] EXPLANATIONS = {"Who labelled or reviewed, by the name their client gave",
        "Frames this annotator labelled last, on any camera (the dataset line above counts a frame once every"
            + " camera of it is labelled)",
        "Tag changes they made since the server started",
        "Of their frames, how many they labelled in the last hour",
        "Of their frames, how many per hour they labelled over the last 24 hours",
        "Of their frames a reviewer looked at, the share the reviewer corrected",
        "Frames they reviewed themselves (accepted or corrected)", "When they last changed a label"};
    /** Relative widths: the names and the corrected share take more. */
    private static final int[] WIDTHS = {150, 70, 80, 90, 90, 130, 70, 110};
    private List<AnnotatorStats> annotators = List.of();
    private Instant now = Instant.EPOCH;

    void show(List<AnnotatorStats> shown, Instant at) {
        annotators = List.copyOf(shown);
        now = at;
        fireTableDataChanged();
    }

    @Override
    public int getRowCount() {
        return annotators.size();
    }

    @Override
    public int getColumnCount() {
        return COLUMNS.length;
    }

    @Override
    public String getColumnName(int column) {
        return COLUMNS[column];
    }

    String heading(int column) {
        return HEADINGS[column];
    }

    String explanation(int column) {
        return EXPLANATIONS[column];
    }

    int width(int column) {
        return WIDTHS[column];
    }

    @Override
    public Object getValueAt(int row, int column) {
        AnnotatorStats a = annotators.get(row);
        return switch (column) {
            case 0 -> a.annotator();
            case 1 -> String.format(Locale.ROOT, "%,d", a.frames());
            case 2 -> String.format(Locale.ROOT, "%,d", a.changes());
            case 3 -> StatisticsText.perHour(a.framesLastHour());
            case 4 -> StatisticsText.perHour(a.framesPerHourOverDay());
            case 5 -> StatisticsText.shareCorrected(a);
            case 6 -> String.format(Locale.ROOT, "%,d", a.reviews());
            default -> StatisticsText.lastActive(a.lastActive(), now, ZoneId.systemDefault());
        };
    }
}
