package dev.fitt.bootstrap.modules;

import dev.fitt.domain.LabelsSnapshot;
import dev.fitt.ports.DatasetLoadException;
import dev.fitt.ports.SaveFailedException;
import dev.fitt.server.port.out.DatasetStorePort;
import dev.fitt.server.port.out.SaveLabelsPort;
import dev.fitt.server.port.out.StoredDataset;

/**
 * Labels in the database, and every save also exported as the CSV the CSV store writes, so the
 * consumers of the labelled CSV keep working. The database is written first: a failed export leaves
 * the save failed (the journal keeps every change), never the database behind the CSV.
 */
final class ExportingStore implements DatasetStorePort {
    private final DatabaseDataset dataset;
    private final SaveLabelsPort export;
    private DatasetStorePort store;

    ExportingStore(DatabaseDataset dataset, SaveLabelsPort export) {
        this.dataset = dataset;
        this.export = export;
    }

    private synchronized DatasetStorePort store() throws DatasetLoadException {
        if (store == null) {
            store = dataset.database().datasetStore(dataset.name());
        }
        return store;
    }

    @Override
    public StoredDataset load() throws DatasetLoadException {
        return store().load();
    }

    @Override
    public void save(LabelsSnapshot fileOrderLabels) throws SaveFailedException {
        database().save(fileOrderLabels);
        export.save(fileOrderLabels);
    }

    @Override
    public void saveAtFullSpeed(LabelsSnapshot fileOrderLabels) throws SaveFailedException {
        database().saveAtFullSpeed(fileOrderLabels);
        export.saveAtFullSpeed(fileOrderLabels);
    }

    private DatasetStorePort database() throws SaveFailedException {
        try {
            return store();
        } catch (DatasetLoadException e) {
            throw new SaveFailedException(e.getMessage(), e);
        }
    }
}
