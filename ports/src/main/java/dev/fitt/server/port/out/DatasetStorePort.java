package dev.fitt.server.port.out;

/**
 * A storage for datasets (CSV files, a database, memory): what the core needs to load and save.
 * Every implementation passes the same contract test suite.
 */
public interface DatasetStorePort extends LoadDatasetPort, SaveLabelsPort {
}
