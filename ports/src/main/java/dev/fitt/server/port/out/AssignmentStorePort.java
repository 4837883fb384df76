package dev.fitt.server.port.out;

import dev.fitt.domain.ClipAssignments;
import dev.fitt.ports.AssignmentRefusedException;
import dev.fitt.ports.DatasetLoadException;
import dev.fitt.ports.SaveFailedException;

/**
 * Keeps one dataset's clip assignments (who works on which clips) with the dataset, across
 * restarts. Read whole and changed whole: a lead changes them a few times a day. A change is read,
 * made and written with no other change in between, also from another server of the same storage,
 * so two leads assigning at once both keep theirs; it is on disk (or committed) when it returns,
 * so an assignment the lead was told about survives a crash.
 */
public interface AssignmentStorePort {
    /** What a change makes of the assignments the store holds when it is made. */
    @FunctionalInterface
    interface AssignmentChange {
        /** @throws AssignmentRefusedException the change does not fit {@code before}: nothing is written */
        ClipAssignments apply(ClipAssignments before) throws AssignmentRefusedException;
    }

    /** Keeps nothing: every dataset works as if unassigned, and an assignment is refused. */
    AssignmentStorePort NONE = new AssignmentStorePort() {
        @Override
        public ClipAssignments loadAssignments() {
            return ClipAssignments.NONE;
        }

        @Override
        public ClipAssignments changeAssignments(AssignmentChange change) throws SaveFailedException {
            throw new SaveFailedException("this server keeps no clip assignments");
        }
    };

    /** What the last write kept; {@link ClipAssignments#NONE} when nothing was ever assigned. */
    ClipAssignments loadAssignments() throws DatasetLoadException;

    /**
     * Applies {@code change} to the assignments held now and keeps what it returns, all or
     * nothing, with no other change in between; returns what it kept.
     */
    ClipAssignments changeAssignments(AssignmentChange change) throws AssignmentRefusedException, SaveFailedException;
}
