package dev.fitt.server.port.in;

import dev.fitt.ports.DatasetLoadException;
import java.util.List;

/** The datasets a server offers: list them, and open the one a connection works on. */
public interface DatasetCatalogUseCase {
    /** Every dataset, sorted by name; reads no data file (see {@link DatasetSummary} for what is known). */
    List<DatasetSummary> datasets();

    /** What a connection works on until it chooses: the {@code default_dataset} setting, else the first name. */
    String defaultDataset();

    /**
     * Loads the dataset when it is not in memory and holds it open until the result is closed.
     *
     * @throws DatasetLoadException when no dataset has that name (naming those there are), or it
     *     cannot be loaded (why)
     */
    OpenDataset open(String name) throws DatasetLoadException;
}
