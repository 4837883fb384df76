package dev.fitt.domain;

import java.time.Duration;
import java.util.Objects;

/**
 * When unsaved changes should be saved: after {@code everyChanges} changes (0 = never by count)
 * or once {@code everyInterval} has passed since the last save with changes pending
 * ({@link Duration#ZERO} = never by time). Either way, never sooner than
 * {@value #REST_PER_SAVE} times the last save's own duration after it: under a burst of changes a
 * count is reached again before a large save ends, and saves back to back would take a core and
 * the disk from the changes they are meant to keep (a large save takes a while, and every change
 * is durable in the journal long before it).
 */
public record AutosavePolicy(int everyChanges, Duration everyInterval) {
    /** An autosave rests this many times its own duration: at most a fifth of the time goes to saving. */
    public static final int REST_PER_SAVE = 4;

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

    /** Whether to save now, with no rest owed to an earlier save (see the class comment). */
    public boolean isDue(long changesSinceSave, Duration sinceLastSave) {
        return isDue(changesSinceSave, sinceLastSave, Duration.ZERO);
    }

    /**
     * Whether to save now: {@code changesSinceSave} unsaved, {@code sinceLastSave} since the last
     * save ended (or since nothing was pending), which took {@code lastSaveTook}.
     */
    public boolean isDue(long changesSinceSave, Duration sinceLastSave, Duration lastSaveTook) {
        if (changesSinceSave <= 0 || sinceLastSave.compareTo(lastSaveTook.multipliedBy(REST_PER_SAVE)) < 0) {
            return false;
        }
        if (everyChanges > 0 && changesSinceSave >= everyChanges) {
            return true;
        }
        return !everyInterval.isZero() && sinceLastSave.compareTo(everyInterval) >= 0;
    }
}
