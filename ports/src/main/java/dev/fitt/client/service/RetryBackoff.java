package dev.fitt.client.service;

import java.time.Duration;
import java.util.Objects;

/**
 * Exponential backoff between attempts to reach a lost server: {@code initial}, doubling, never
 * more than {@code max}. Quick enough to notice a restarted server, slow enough not to flood it.
 */
public record RetryBackoff(Duration initial, Duration max) {
    public RetryBackoff {
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(max, "max");
        if (initial.isNegative() || initial.isZero()) {
            throw new IllegalArgumentException("retry backoff initial delay must be > 0, got " + initial);
        }
        if (max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("retry backoff max " + max + " is below its initial delay " + initial);
        }
    }

    /** 100 ms doubling up to 5 s. */
    public static RetryBackoff standard() {
        return new RetryBackoff(Duration.ofMillis(100), Duration.ofSeconds(5));
    }

    /** The delay before retry number {@code attempt} (0 = first retry). */
    public Duration delay(int attempt) {
        if (attempt < 0) {
            throw new IllegalArgumentException("attempt must be >= 0, got " + attempt);
        }
        // Past 2^20 times the initial delay every sane max is reached; avoids overflow.
        Duration delay = initial.multipliedBy(1L << Math.min(attempt, 20));
        return delay.compareTo(max) > 0 ? max : delay;
    }
}
