package dev.fitt.server.port.in;

import dev.fitt.domain.ClipSelection;
import dev.fitt.ports.AssignmentRefusedException;
import dev.fitt.ports.SaveFailedException;
import java.util.Optional;

/** A lead takes clips back from an annotator. */
public interface UnassignClipsUseCase {
    /**
     * Takes {@code clips} back from {@code annotator} (empty: every clip they hold), written to the
     * dataset's storage before it returns.
     *
     * @return what was done, in words
     * @throws AssignmentRefusedException nothing changed; the message names the clip and why
     * @throws SaveFailedException nothing changed: the assignments could not be read or written
     */
    String unassign(String annotator, Optional<ClipSelection> clips)
            throws AssignmentRefusedException, SaveFailedException;
}
