package dev.fitt.domain;

import java.time.Duration;
import java.util.Objects;

/**
 * When unsaved changes should be saved: after {@code everyChanges} changes (0 = never by count)
 * or once {@code everyInterval} has passed since the last save with changes pending
 * ({@link Duration#ZERO} = never by time).
 */
public record AutosavePolicy(int everyChanges, Duration everyInterval) {
    public AutosavePolicy {
        Objects.requireNonNull(everyInterval, "everyInterval");
        if (everyChanges < 0) {
            throw new IllegalArgumentException("autosave count must be >= 0, got " + everyChanges);
        }
        if (everyInterval.isNegative()) {
            throw new IllegalArgumentException("autosave interval must not be negative");
        }
    }

    public static AutosavePolicy everyChanges(int n) {
        return new AutosavePolicy(n, Duration.ZERO);
    }

    public static AutosavePolicy never() {
        return new AutosavePolicy(0, Duration.ZERO);
    }

    public boolean isDue(long changesSinceSave, Duration sinceLastSave) {
        if (changesSinceSave <= 0) {
            return false;
        }
        if (everyChanges > 0 && changesSinceSave >= everyChanges) {
            return true;
        }
        return !everyInterval.isZero() && sinceLastSave.compareTo(everyInterval) >= 0;
    }
}
