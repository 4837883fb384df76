package dev.fitt.ports.in;

import dev.fitt.ports.SaveFailedException;

/** Writes the current labels to storage. */
public interface SaveLabelsUseCase {
    void save() throws SaveFailedException;
}
