package dev.fitt.adapters.socket.server;

import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the accept loop does while accepting keeps failing (out of file descriptors, typically):
 * it waits longer after each failure instead of retrying at once, and logs once when failures
 * start and once when accepting works again. Retrying at once would spin a core and write a log
 * line per try, while the cause (too many open files) lasts until connections end. Used by the
 * accept thread only.
 */
final class AcceptFailures {
    private static final Logger LOG = LoggerFactory.getLogger(AcceptFailures.class);
    static final long FIRST_PAUSE_MILLIS = 10;
    static final long MAX_PAUSE_MILLIS = 1_000;

    private final String address;
    private long failures;
    private long since;
    private long pause;

    AcceptFailures(String address) {
        this.address = address;
    }

    /** Records a failed accept at {@code now} (nanos); returns how long to wait before the next one. */
    long failed(Exception cause, long now) {
        if (failures++ == 0) {
            since = now;
            pause = FIRST_PAUSE_MILLIS;
            LOG.warn("accepting connections on {} fails: {}; retrying ever more slowly (up to every {} ms), logged "
                    + "again when it works", address, cause.getMessage(), MAX_PAUSE_MILLIS);
            return pause;
        }
        pause = Math.min(MAX_PAUSE_MILLIS, pause * 2);
        return pause;
    }

    /** Records a successful accept at {@code now}, ending an episode of failures. */
    void succeeded(long now) {
        if (failures > 0) {
            LOG.info("accepting connections on {} again, after {} failed tries over {} ms", address, failures,
                    TimeUnit.NANOSECONDS.toMillis(now - since));
            failures = 0;
        }
    }

    /** Failed tries in the current episode; 0 when accepting works. */
    long failures() {
        return failures;
    }
}
