package dev.fitt.server.port.out;

import dev.fitt.domain.ClipAssignments;
import dev.fitt.ports.DatasetLoadException;
import dev.fitt.ports.SaveFailedException;

/**
 * Keeps one dataset's clip assignments (who works on which clips) with the dataset, across
 * restarts. Read whole and written whole: a lead changes them a few times a day. A write is on
 * disk (or committed) when it returns, so an assignment the lead was told about survives a crash.
 */
public interface AssignmentStorePort {
    /** Keeps nothing: every dataset works as if unassigned, and an assignment is refused. */
    AssignmentStorePort NONE = new AssignmentStorePort() {
        @Override
        public ClipAssignments loadAssignments() {
            return ClipAssignments.NONE;
        }

        @Override
        public void saveAssignments(ClipAssignments all) throws SaveFailedException {
            throw new SaveFailedException("this server keeps no clip assignments");
        }
    };

    /** What the last write kept; {@link ClipAssignments#NONE} when nothing was ever assigned. */
    ClipAssignments loadAssignments() throws DatasetLoadException;

    /** Replaces every assignment of the dataset, all or nothing. */
    void saveAssignments(ClipAssignments all) throws SaveFailedException;
}
