package dev.fitt.server.service;

import dev.fitt.domain.RowProvenance;
import dev.fitt.server.port.out.ProvenanceStorePort;
import java.util.Collections;
import java.util.List;

/** For cores whose provenance need not outlive them (tests, tools): every start knows none. */
public final class NoProvenanceStore implements ProvenanceStorePort {
    @Override
    public List<RowProvenance> loadProvenance(int rowCount) {
        return Collections.nCopies(rowCount, RowProvenance.NONE);
    }

    @Override
    public void saveProvenance(List<RowProvenance> fileOrder) {
        // Kept nowhere, by design.
    }
}
