package dev.fitt.adapters.socket.server;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs refused connections without letting a flood of them flood the log: the first refusal of a
 * host for a reason in a period is logged at once, the rest are counted and logged as one line
 * per host and reason when the period ends. Bounded: beyond {@link #MAX_KEYS} hosts in a period
 * the others are counted together. Thread-safe.
 */
final class RefusalLog {
    private static final Logger LOG = LoggerFactory.getLogger(RefusalLog.class);
    static final int MAX_KEYS = 1_000;
    static final String OTHER_HOSTS = "other hosts";

    private record Key(String host, String reason) {
    }

    private final long periodNanos;
    private final Map<Key, Long> counted = new LinkedHashMap<>();
    private long periodStart;

    RefusalLog(long periodNanos, long now) {
        this.periodNanos = periodNanos;
        this.periodStart = now;
    }

    /** A connection of {@code host} was refused for {@code reason} (a stable text, no counts in it). */
    synchronized void refused(String host, String reason, long now) {
        flushIfDue(now);
        Key key = new Key(host, reason);
        Long count = counted.get(key);
        if (count != null) {
            counted.put(key, count + 1);
            return;
        }
        if (counted.size() >= MAX_KEYS) {
            counted.merge(new Key(OTHER_HOSTS, reason), 1L, Long::sum);
            return;
        }
        counted.put(key, 0L);
        LOG.warn("refused a connection of {}: {} (more refusals of this host are counted, logged once a minute)",
                host, reason);
    }

    /** Logs what was counted once the period is over; called often (the server's watchdog). */
    synchronized void flushIfDue(long now) {
        if (now - periodStart < periodNanos) {
            return;
        }
        long seconds = TimeUnit.NANOSECONDS.toSeconds(now - periodStart);
        for (Map.Entry<Key, Long> entry : counted.entrySet()) {
            if (entry.getValue() > 0) {
                LOG.warn("refused {} more connections of {} in the last {} s: {}", entry.getValue(),
                        entry.getKey().host(), seconds, entry.getKey().reason());
            }
        }
        counted.clear();
        periodStart = now;
    }

    /** Refusals counted, not yet logged, of {@code host} for {@code reason} in this period. */
    synchronized long pending(String host, String reason) {
        return counted.getOrDefault(new Key(host, reason), 0L);
    }
}
