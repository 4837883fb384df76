package dev.fitt.domain.labelling;

import dev.fitt.domain.AutosavePolicy;
import java.time.Duration;
import java.util.Objects;

/**
 * Counts the annotator's edits (undo and redo included: they change labels too) and says when
 * the {@link AutosavePolicy} wants a save. Only the count rule applies on the client; the
 * server owns timed saves.
 */
public final class AutosaveCounter {
    private final AutosavePolicy policy;
    private long editsSinceSave;

    public AutosaveCounter(AutosavePolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /** Counts one edit; true when a save is due now (the count then starts again). */
    public boolean countEdit() {
        editsSinceSave++;
        if (policy.everyChanges() > 0 && policy.isDue(editsSinceSave, Duration.ZERO)) {
            editsSinceSave = 0;
            return true;
        }
        return false;
    }

    /** A save was requested for another reason (the user asked): count from zero again. */
    public void saveRequested() {
        editsSinceSave = 0;
    }

    public long editsSinceSave() {
        return editsSinceSave;
    }
}
