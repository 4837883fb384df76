package dev.fitt.server.port.out;

import dev.fitt.ports.DatasetLoadException;
import java.util.List;

/**
 * Where several datasets live (a folder of data CSVs): their names, found without reading any
 * data, and the storage of each, opened when the core first needs it.
 */
public interface DatasetSourcesPort {
    /**
     * Every dataset's name, sorted; reads no data row.
     *
     * @throws DatasetLoadException when there is none, saying what a dataset would be
     */
    List<String> names() throws DatasetLoadException;

    /**
     * The storage of one dataset: its store, images, a journal opened now (the caller closes it
     * when it unloads the dataset) and its version base.
     *
     * @throws DatasetLoadException when the journal cannot be opened or no dataset has that name
     */
    DatasetStorage open(String name) throws DatasetLoadException;
}
