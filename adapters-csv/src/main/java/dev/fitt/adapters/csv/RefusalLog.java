package dev.fitt.adapters.csv;

import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Says which images were refused without flooding the log: a client asking again and again for
 * the same refused image, or a dataset refusing a million rows, must not cost a line each. Each
 * path is reported once, and at most {@link #LINES_PER_MINUTE} lines a minute; what is left out
 * is counted in the next line. Thread-safe.
 */
final class RefusalLog {
    static final int LINES_PER_MINUTE = 10;
    /** Paths already reported; beyond this only the rate limit holds, so memory stays bounded. */
    static final int MAX_REMEMBERED = 10_000;
    private static final long MINUTE = TimeUnit.MINUTES.toNanos(1);

    private final Consumer<String> sink;
    private final LongSupplier nanoTime;
    private final Set<String> reported = ConcurrentHashMap.newKeySet();
    private long windowStart;
    private int linesInWindow;
    private long leftOut;

    RefusalLog(Consumer<String> sink, LongSupplier nanoTime) {
        this.sink = Objects.requireNonNull(sink, "sink");
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
        this.windowStart = nanoTime.getAsLong();
    }

    void refused(String filePath, String why) {
        // Without a lock: a set-up check refusing most of a million rows asks from many threads at once.
        if (!reported.contains(filePath)) {
            report(filePath, why);
        }
    }

    private synchronized void report(String filePath, String why) {
        if (reported.contains(filePath)) {
            return;
        }
        if (reported.size() < MAX_REMEMBERED) {
            reported.add(filePath);
        }
        long now = nanoTime.getAsLong();
        if (now - windowStart >= MINUTE) {
            windowStart = now;
            linesInWindow = 0;
        }
        if (linesInWindow >= LINES_PER_MINUTE) {
            leftOut++;
            return;
        }
        linesInWindow++;
        String more = leftOut == 0 ? "" : " (" + leftOut + " more refused images not logged before this one)";
        leftOut = 0;
        sink.accept("refused image " + filePath + ": " + why + more);
    }
}
