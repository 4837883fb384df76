package dev.fitt.bench;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** What a bench run measured, and how to print it as a table. */
public record BenchReport(String server, long rows, int tags, int runs, List<Figure> figures, List<String> notes) {
    public BenchReport {
        Objects.requireNonNull(server, "server");
        figures = List.copyOf(figures);
        notes = List.copyOf(notes);
    }

    /** A plain-text table, one metric a line: median, min, max over the runs, and the target. */
    public String table() {
        int width = figures.stream().mapToInt(f -> f.metric().length() + f.unit().length() + 3).max().orElse(10);
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "server %s: %d rows, %d tags; median of %d runs (min..max)%n",
                server, rows, tags, runs));
        out.append(String.format(Locale.ROOT, "%-" + width + "s %12s %12s %12s   %s%n",
                "metric", "median", "min", "max", "target"));
        for (Figure figure : figures) {
            out.append(String.format(Locale.ROOT, "%-" + width + "s %12s %12s %12s   %s%n",
                    figure.metric() + " (" + figure.unit() + ")", number(figure.median()), number(figure.min()),
                    number(figure.max()), figure.target()));
        }
        for (String note : notes) {
            out.append("note: ").append(note).append(System.lineSeparator());
        }
        return out.toString();
    }

    private static String number(double value) {
        if (value >= 1000) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        if (value >= 10) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
