package dev.fitt.server.port.out;

import dev.fitt.domain.LabelsSnapshot;
import dev.fitt.ports.SaveFailedException;
import java.util.Optional;

/**
 * Persists labels given in file order. A save is all or nothing: when it fails, what storage held
 * before is still whole. Callers never run two saves at once.
 */
public interface SaveLabelsPort {
    /**
     * Saves while annotators may be tagging: a store may hold its own pace down to leave them the
     * CPU (every change is already durable in the journal, so nobody waits for the save).
     */
    void save(LabelsSnapshot fileOrderLabels) throws SaveFailedException;

    /**
     * Saves when nobody tags beside the save (recovery before the server opens, the last save
     * after it closed): as fast as the store can, since the save is all that runs. Stores that
     * never hold their pace down need not override it.
     */
    default void saveAtFullSpeed(LabelsSnapshot fileOrderLabels) throws SaveFailedException {
        save(fileOrderLabels);
    }

    /**
     * Who writes what this store's last save would have, when not this store: for labels several
     * servers share, only one of them writes the file, and the others' saves skip it. Empty when
     * the last save wrote here. In words for a log line or an administrator.
     */
    default Optional<String> leftToAnother() {
        return Optional.empty();
    }
}
