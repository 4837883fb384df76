package dev.fitt.server.port.in;

import dev.fitt.ports.SaveFailedException;

/** Writes the current labels to storage. */
public interface SaveLabelsUseCase {
    void save() throws SaveFailedException;
}
