package dev.fitt.adapters.postgres;

import java.util.function.LongSupplier;
import org.slf4j.Logger;

/**
 * One way of losing the database, tried again with backoff and logged once per episode: the first
 * failure is logged as an error, the next attempt waits a little, each further failure doubles the
 * wait up to a ceiling, and the first success ends the episode with one line saying so.
 */
final class Outage {
    static final long FIRST_WAIT_NANOS = 100_000_000L;
    static final long LONGEST_WAIT_NANOS = 5_000_000_000L;

    private final Logger log;
    private final String what;
    private final LongSupplier clock;
    /** Guarded by this. */
    private boolean failing;
    private long waitNanos;
    private long retryAt;
    private String lastError;

    Outage(Logger log, String what, LongSupplier clock) {
        this.log = log;
        this.what = what;
        this.clock = clock;
    }

    /** Null when it is time to try the database, else why not yet (the episode's error). */
    synchronized String backingOff() {
        if (failing && clock.getAsLong() - retryAt < 0) {
            return lastError + " (trying again in " + Math.max(1, (retryAt - clock.getAsLong()) / 1_000_000)
                    + " ms)";
        }
        return null;
    }

    /** Nanoseconds until the next attempt, 0 when it may be now. */
    synchronized long nanosToWait() {
        return failing ? Math.max(0, retryAt - clock.getAsLong()) : 0;
    }

    synchronized void failed(String error) {
        lastError = error;
        if (!failing) {
            failing = true;
            waitNanos = FIRST_WAIT_NANOS;
            log.error("{}: the database is unavailable: {}. Trying again with backoff; logged once until it"
                    + " is back", what, error);
        } else {
            waitNanos = Math.min(waitNanos * 2, LONGEST_WAIT_NANOS);
        }
        retryAt = clock.getAsLong() + waitNanos;
    }

    synchronized void succeeded() {
        if (failing) {
            failing = false;
            log.info("{}: the database is back", what);
        }
    }
}
