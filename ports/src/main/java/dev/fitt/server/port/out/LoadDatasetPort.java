package dev.fitt.server.port.out;

import dev.fitt.ports.DatasetLoadException;

/** Loads the dataset, resuming the labels of an earlier save when there is one. */
public interface LoadDatasetPort {
    StoredDataset load() throws DatasetLoadException;
}
