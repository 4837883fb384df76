package dev.fitt.adapters.swing;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * What one client-bench session measured, one figure per key press: from just before the press to
 * the new frame painted, and the part of it before the key event reached the event thread.
 *
 * @param name   which session (prefetched, cold)
 * @param target the figure's target, printed beside it
 */
public record ClientBenchSession(String name, String target, long[] pressToPaintedNanos, long[] pressToKeyEventNanos) {
    /** Set (-Dfitt.bench.raw=true, e.g. in JAVA_OPTS) to print every press's figure too. */
    public static final String RAW_PROPERTY = "fitt.bench.raw";

    public ClientBenchSession {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(target, "target");
        pressToPaintedNanos = pressToPaintedNanos.clone();
        pressToKeyEventNanos = pressToKeyEventNanos.clone();
        if (pressToPaintedNanos.length == 0 || pressToPaintedNanos.length != pressToKeyEventNanos.length) {
            throw new IllegalArgumentException("one figure of each kind per press, got " + pressToPaintedNanos.length
                    + " and " + pressToKeyEventNanos.length);
        }
    }

    @Override
    public long[] pressToPaintedNanos() {
        return pressToPaintedNanos.clone();
    }

    @Override
    public long[] pressToKeyEventNanos() {
        return pressToKeyEventNanos.clone();
    }

    public int presses() {
        return pressToPaintedNanos.length;
    }

    public void print(PrintStream out) {
        print(out, "key press to frame painted, " + name, pressToPaintedNanos, "   target p95 " + target);
        print(out, "  of which key press to key event on the event thread", pressToKeyEventNanos, "");
        if (Boolean.getBoolean(RAW_PROPERTY)) {
            printRaw(out);
        }
    }

    /**
     * Every press's figure in press order, in ms: percentiles hide whether slow presses come in
     * phases (a garbage collection, another process) or are spread evenly.
     */
    public void printRaw(PrintStream out) {
        StringBuilder line = new StringBuilder("raw ms, " + name + ", in press order:");
        for (long nanos : pressToPaintedNanos) {
            line.append(String.format(Locale.ROOT, " %.1f", nanos / 1e6));
        }
        out.println(line);
    }

    private static void print(PrintStream out, String what, long[] nanos, String suffix) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        out.printf(Locale.ROOT, "%-55s n=%d  p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  max %6.1f ms%s%n", what,
                sorted.length, percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99),
                sorted[sorted.length - 1] / 1e6, suffix);
    }

    /** Nearest rank: with 40 presses p99 is the maximum, which the line says anyway. */
    private static double percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, rank)] / 1e6;
    }
}
