package dev.fitt.bootstrap.server;

import dev.fitt.ports.DatasetLoadException;
import dev.fitt.server.port.out.StoredDataset;
import dev.fitt.server.service.CoreJournal;
import dev.fitt.server.service.ServerAutosave;
import dev.fitt.server.service.ServerCore;

/**
 * The core's services, made once the output is held, the journal open and the dataset loaded:
 * {@link CoreApplication#start()} does those steps in that order, the module that provides this
 * chooses what the services are made of.
 */
public interface CoreParts {
    /** Claims this run's version base first, so that every change gets a version above earlier runs'. */
    ServerCore core(StoredDataset stored, CoreJournal journal) throws DatasetLoadException;

    /** Not started: starting its thread is the caller's step. */
    ServerAutosave autosave(ServerCore core);
}
