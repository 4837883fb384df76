package dev.fitt.server.port.in;

import dev.fitt.domain.ClipSelection;
import dev.fitt.ports.AssignmentRefusedException;
import dev.fitt.ports.SaveFailedException;

/** A lead gives an annotator clips to work on. */
public interface AssignClipsUseCase {
    /**
     * Assigns {@code clips} to {@code annotator}, written to the dataset's storage before it returns.
     * A clip someone else holds is refused naming the holder, unless {@code reassign}: then it moves.
     *
     * @return what was done, in words
     * @throws AssignmentRefusedException nothing changed; the message names the clip and why
     * @throws SaveFailedException nothing changed: the assignments could not be read or written
     */
    String assign(String annotator, ClipSelection clips, boolean reassign)
            throws AssignmentRefusedException, SaveFailedException;
}
