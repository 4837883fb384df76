package dev.fitt.client.service;

import dev.fitt.domain.AutosavePolicy;
import dev.fitt.domain.labelling.PrefetchPlan;
import java.time.Duration;
import java.util.Objects;

/**
 * How one labelling session behaves: the client settings file's {@code multiple_selection} and
 * {@code autosave}, plus limits the original left implicit.
 *
 * @param heartbeat how long the session stays silent before asking whether the server is still there
 */
public record SessionSettings(boolean multipleSelection, AutosavePolicy autosave, int historyCapacity,
        PrefetchPlan prefetch, long imageCacheBytes, RetryBackoff backoff, Duration heartbeat) {
    public static final int DEFAULT_HISTORY = 10_000;
    /** Often enough that a restarted server shows within seconds, cheap enough to go unnoticed (v1's tag list). */
    public static final Duration DEFAULT_HEARTBEAT = Duration.ofSeconds(3);

    public SessionSettings {
        Objects.requireNonNull(autosave, "autosave");
        Objects.requireNonNull(prefetch, "prefetch");
        Objects.requireNonNull(backoff, "backoff");
        if (historyCapacity < 1) {
            throw new IllegalArgumentException("historyCapacity must be >= 1, got " + historyCapacity);
        }
        if (imageCacheBytes < 1) {
            throw new IllegalArgumentException("imageCacheBytes must be >= 1, got " + imageCacheBytes);
        }
        Objects.requireNonNull(heartbeat, "heartbeat");
        if (heartbeat.isNegative() || heartbeat.isZero()) {
            throw new IllegalArgumentException("heartbeat must be > 0, got " + heartbeat);
        }
    }

    public SessionSettings(boolean multipleSelection, AutosavePolicy autosave, int historyCapacity,
            PrefetchPlan prefetch, long imageCacheBytes, RetryBackoff backoff) {
        this(multipleSelection, autosave, historyCapacity, prefetch, imageCacheBytes, backoff, DEFAULT_HEARTBEAT);
    }

    /** From the client settings file ({@code autosave} 0 = only on request and on close). */
    public static SessionSettings of(boolean multipleSelection, int autosaveEvery) {
        return new SessionSettings(multipleSelection, AutosavePolicy.everyChanges(autosaveEvery), DEFAULT_HISTORY,
                new PrefetchPlan(8, 2), 256L * 1024 * 1024, RetryBackoff.standard());
    }

    public SessionSettings withBackoff(RetryBackoff newBackoff) {
        return new SessionSettings(multipleSelection, autosave, historyCapacity, prefetch, imageCacheBytes,
                newBackoff, heartbeat);
    }

    public SessionSettings withHeartbeat(Duration newHeartbeat) {
        return new SessionSettings(multipleSelection, autosave, historyCapacity, prefetch, imageCacheBytes, backoff,
                newHeartbeat);
    }
}
