package dev.fitt.adapters.postgres;

import dev.fitt.domain.RowProvenance;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The provenance a dataset's load read with its rows, from the load to the provenance store: the
 * rows' COPY carries it (one scan of the table, in the same snapshot as the labels) instead of a
 * second scan at start. Each is taken once, and only while nothing was committed into the dataset
 * since (the same newest version); otherwise the provenance store reads the table.
 */
final class LoadedProvenance {
    private record Read(long newestVersion, List<RowProvenance> rows) {
    }

    private final Map<String, Read> byDataset = new ConcurrentHashMap<>();

    void offer(String dataset, long newestVersion, List<RowProvenance> rows) {
        byDataset.put(dataset, new Read(newestVersion, rows));
    }

    /**
     * What the last load of {@code dataset} read, if it was not taken yet, had {@code rowCount}
     * rows, and the dataset's newest version is still {@code newestVersion}.
     */
    Optional<List<RowProvenance>> take(String dataset, int rowCount, long newestVersion) {
        return Optional.ofNullable(byDataset.remove(dataset))
                .filter(read -> read.rows().size() == rowCount && read.newestVersion() == newestVersion)
                .map(Read::rows);
    }
}
