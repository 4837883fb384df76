package dev.fitt.server.port.in;

import dev.fitt.domain.DatasetAssignments;
import dev.fitt.ports.DatasetLoadException;

/** Who works on which clips of the dataset, and how far each has got. */
public interface GetAssignmentsUseCase {
    /** @throws DatasetLoadException when the stored assignments cannot be read (why) */
    DatasetAssignments assignments() throws DatasetLoadException;
}
