package dev.fitt.bench;

import java.util.Arrays;

/** Round-trip times of one run, kept in a fixed array so recording never allocates. */
final class Latencies {
    private final long[] nanos;
    private int count;

    Latencies(int capacity) {
        this.nanos = new long[capacity];
    }

    boolean isFull() {
        return count == nanos.length;
    }

    void record(long elapsedNanos) {
        if (count < nanos.length) {
            nanos[count++] = elapsedNanos;
        }
    }

    int count() {
        return count;
    }

    /** Nearest-rank percentile in milliseconds; {@code p} in 0..100. */
    double percentileMillis(double p) {
        if (count == 0) {
            throw new IllegalStateException("no round trip was recorded");
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * count);
        return sorted[Math.max(0, Math.min(count, rank) - 1)] / 1e6;
    }

    double maxMillis() {
        return percentileMillis(100);
    }
}
