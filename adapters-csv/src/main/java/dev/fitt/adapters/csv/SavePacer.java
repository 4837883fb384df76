package dev.fitt.adapters.csv;

import java.util.concurrent.locks.LockSupport;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;

/**
 * Keeps a save to a share of one core: after each slice of work it rests in proportion. On two
 * cores a save that runs flat out leaves the tag changes made meanwhile one core, shared with the
 * network and everything else, and their round trips stretch; resting half the time keeps the
 * changes' round trips during a large save close to those without one, for a save that takes
 * about twice as long (figures in docs/BENCHMARKS.md). Every change is durable in the journal long
 * before the save, so a slower save costs nobody a wait.
 */
final class SavePacer {
    /** Work between two looks at the clock: reading it per row would cost more than the rows. */
    static final int ROWS_PER_LOOK = 256;
    /** A slice of work; short, so that a change never waits behind a long one. */
    static final long SLICE_NANOS = 1_000_000;

    private final int cpuPercent;
    private final LongSupplier clock;
    private final LongConsumer rest;
    private long sliceStart;
    private int rows;

    /** A pacer that reads the system clock and rests by parking the thread. */
    static SavePacer forShare(int cpuPercent) {
        return new SavePacer(cpuPercent, System::nanoTime, LockSupport::parkNanos);
    }

    /** {@code cpuPercent} as {@link CsvStoreConfig} checked it (10..100). */
    SavePacer(int cpuPercent, LongSupplier clock, LongConsumer rest) {
        this.cpuPercent = cpuPercent;
        this.clock = clock;
        this.rest = rest;
        this.sliceStart = clock.getAsLong();
    }

    /** Called once per row written; now and then rests the calling thread. */
    void rowDone() {
        if (cpuPercent == 100 || ++rows < ROWS_PER_LOOK) {
            return;
        }
        rows = 0;
        long worked = clock.getAsLong() - sliceStart;
        if (worked >= SLICE_NANOS) {
            rest.accept(worked * (100 - cpuPercent) / cpuPercent);
            sliceStart = clock.getAsLong();
        }
    }
}
