package dev.fitt.domain;

import java.util.OptionalLong;

/**
 * Where one server run starts counting versions: every row starts at the base and the run's
 * changes get base + 1, base + 2, ... A run's base lies above every version an earlier run over
 * the same save folder could have issued, so an edit based on what an earlier run showed is always
 * older than every row now, and is refused as a conflict: versions never go back, not even after a
 * crash that lost the server's memory.
 *
 * @param value the version every row has at the start of the run (0: a run that never restarts, in tests and tools)
 */
public record VersionBase(long value) {
    /**
     * The versions one run may issue. A run takes one per accepted change; at thousands per second
     * this lasts weeks of non-stop tagging, and the next base is at least this far above the last.
     */
    public static final long RUN_SPAN = 1L << 32;

    /** Keeps base + RUN_SPAN a valid (signed) u64 version, with room for billions of further runs. */
    private static final long MAX = Long.MAX_VALUE - RUN_SPAN;

    public static final VersionBase ZERO = new VersionBase(0);

    public VersionBase {
        if (value < 0 || value > MAX) {
            throw new IllegalArgumentException("a version base must be 0.." + MAX + ", got " + value);
        }
    }

    /**
     * The base of the next run: above everything the {@code previous} run could issue, and at
     * least the current time in microseconds, so that losing the record of the previous base
     * still leaves later runs above earlier ones as long as the clock does not go back.
     */
    public static VersionBase following(OptionalLong previous, long nowMicros) {
        long base = Math.max(0, nowMicros);
        if (previous.isPresent()) {
            if (previous.getAsLong() < 0 || previous.getAsLong() > MAX - RUN_SPAN) {
                throw new IllegalArgumentException("the previous version base " + previous.getAsLong()
                        + " is outside 0.." + (MAX - RUN_SPAN));
            }
            base = Math.max(base, previous.getAsLong() + RUN_SPAN);
        }
        return new VersionBase(Math.min(base, MAX));
    }

    /** The highest version this run may issue. */
    public long last() {
        return value + RUN_SPAN - 1;
    }
}
