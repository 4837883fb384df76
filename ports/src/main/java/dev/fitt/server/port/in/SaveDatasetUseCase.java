package dev.fitt.server.port.in;

import dev.fitt.ports.SaveFailedException;

/** An administrator's save: written now, not paced like a client's save request. */
public interface SaveDatasetUseCase {
    /**
     * Saves {@code dataset}, or every dataset when it is empty; returns what was saved, in words.
     *
     * @throws SaveFailedException when there is no such dataset or a save failed, saying which
     */
    String saveNow(String dataset) throws SaveFailedException;
}
