package dev.fitt.server.port.out;

import dev.fitt.domain.RowProvenance;
import dev.fitt.ports.DatasetLoadException;
import dev.fitt.ports.SaveFailedException;
import java.util.Collections;
import java.util.List;

/**
 * Keeps each row's provenance (who labelled it when, who reviewed it) across saves and restarts,
 * in file order. Saved with every save of the labels, after them and before the journal is
 * trimmed: a crash between the two leaves the journal to bring the provenance up to date.
 */
public interface ProvenanceStorePort {
    /** Keeps nothing: every load knows no provenance. */
    ProvenanceStorePort NONE = new ProvenanceStorePort() {
        @Override
        public List<RowProvenance> loadProvenance(int rowCount) {
            return Collections.nCopies(rowCount, RowProvenance.NONE);
        }

        @Override
        public void saveProvenance(List<RowProvenance> fileOrder) {
            // kept nowhere, by design
        }
    };

    /** The provenance of the last save, or none for every row when nothing was saved yet. */
    List<RowProvenance> loadProvenance(int rowCount) throws DatasetLoadException;

    /** All or nothing, like a save of the labels. */
    void saveProvenance(List<RowProvenance> fileOrder) throws SaveFailedException;
}
