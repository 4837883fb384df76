package dev.fitt.adapters.csv;

import dev.fitt.domain.LabelsSnapshot;
import dev.fitt.ports.DatasetLoadException;
import java.nio.file.Path;

/**
 * Where a load may take rows and labels parsed by an earlier run instead of parsing the CSV files
 * again. Whatever it returns equals what parsing the same files returns; when in doubt it parses.
 */
interface LoadCache {
    /** The data CSV's rows and labels. */
    DataFile dataFile(Path dataCsv) throws DatasetLoadException;

    /** The labels of an earlier save {@code output}, checked against {@code data} read from {@code input}. */
    LabelsSnapshot resumedLabels(Path output, Path input, DataFile data) throws DatasetLoadException;

    /** A save has just written {@code labels} to the output file, whose bytes have fingerprint {@code output}. */
    void saved(Fingerprint output, LabelsSnapshot labels);
}
