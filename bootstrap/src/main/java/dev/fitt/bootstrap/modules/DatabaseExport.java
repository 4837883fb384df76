package dev.fitt.bootstrap.modules;

import dev.fitt.adapters.csv.OutputLock;
import dev.fitt.ports.DatasetLoadException;
import dev.fitt.ports.SaveFailedException;
import dev.fitt.server.port.out.DatasetStorePort;
import dev.fitt.server.port.out.StoredDataset;
import jakarta.inject.Inject;

/**
 * {@code fitt export}'s work: the labels the database holds, written as the labelled CSV the CSV
 * store writes. Every acknowledged change is committed in the database, so there is nothing to
 * replay; the save folder is held while it writes, so an exporting server and the command never
 * write the CSV at once (the command is refused instead).
 */
public final class DatabaseExport {
    private final DatabaseDataset dataset;
    private final DatasetStorePort csv;
    private final OutputLock folder;

    @Inject
    DatabaseExport(DatabaseDataset dataset, @CsvExport DatasetStorePort csv, @CsvExport OutputLock folder) {
        this.dataset = dataset;
        this.csv = csv;
        this.folder = folder;
    }

    /** Writes the CSV; returns the rows written. */
    public int export() throws DatasetLoadException, SaveFailedException {
        folder.acquire();
        try {
            // The CSV store takes only the labels: the keys come from this folder's keys file when it has them.
            StoredDataset stored = dataset.database().datasetStore(dataset.name(), dataset.rowKeysFile()).load();
            csv.saveAtFullSpeed(stored.labels());
            return stored.rows().size();
        } finally {
            folder.close();
        }
    }
}
