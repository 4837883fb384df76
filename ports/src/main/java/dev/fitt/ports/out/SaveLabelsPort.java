package dev.fitt.ports.out;

import dev.fitt.domain.LabelsSnapshot;
import dev.fitt.ports.SaveFailedException;

/**
 * Persists labels given in file order. A save is all or nothing: when it fails, what storage held
 * before is still whole. Callers never run two saves at once.
 */
public interface SaveLabelsPort {
    void save(LabelsSnapshot fileOrderLabels) throws SaveFailedException;
}
