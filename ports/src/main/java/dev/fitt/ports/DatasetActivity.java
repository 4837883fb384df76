package dev.fitt.ports;

import java.util.Objects;

/**
 * What happened to one dataset in this server run.
 *
 * @param changes        tag changes applied (recovered ones included)
 * @param unsavedChanges changes not in a save yet (they are in the journal)
 * @param saves          saves written
 */
public record DatasetActivity(String name, long changes, long unsavedChanges, long saves) {
    public DatasetActivity {
        Objects.requireNonNull(name, "name");
        if (changes < 0 || unsavedChanges < 0 || saves < 0) {
            throw new IllegalArgumentException("dataset " + name + ": negative count");
        }
    }
}
