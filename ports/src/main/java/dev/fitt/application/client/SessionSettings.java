package dev.fitt.application.client;

import dev.fitt.domain.AutosavePolicy;
import dev.fitt.domain.labelling.PrefetchPlan;
import java.util.Objects;

/**
 * How one labelling session behaves: the client settings file's {@code multiple_selection} and
 * {@code autosave}, plus limits the original left implicit.
 */
public record SessionSettings(boolean multipleSelection, AutosavePolicy autosave, int historyCapacity,
        PrefetchPlan prefetch, long imageCacheBytes, RetryBackoff backoff) {
    public static final int DEFAULT_HISTORY = 10_000;

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
    }

    /** From the client settings file ({@code autosave} 0 = only on request and on close). */
    public static SessionSettings of(boolean multipleSelection, int autosaveEvery) {
        return new SessionSettings(multipleSelection, AutosavePolicy.everyChanges(autosaveEvery), DEFAULT_HISTORY,
                new PrefetchPlan(8, 2), 256L * 1024 * 1024, RetryBackoff.standard());
    }

    public SessionSettings withBackoff(RetryBackoff newBackoff) {
        return new SessionSettings(multipleSelection, autosave, historyCapacity, prefetch, imageCacheBytes,
                newBackoff);
    }
}
