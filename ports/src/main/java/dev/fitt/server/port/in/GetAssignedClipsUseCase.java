package dev.fitt.server.port.in;

import dev.fitt.domain.AssignedClips;
import dev.fitt.ports.DatasetLoadException;
import java.util.Optional;

/** The clips one annotator is to work on, so their client can walk those by default. */
public interface GetAssignedClipsUseCase {
    /**
     * {@code annotator}'s clips; an empty name (a connection that never said who it is) holds none.
     *
     * @throws DatasetLoadException when the stored assignments cannot be read (why)
     */
    AssignedClips assignedClips(Optional<String> annotator) throws DatasetLoadException;
}
