package dev.fitt.adapters.socket;

import dev.fitt.domain.AssignedClips;
import dev.fitt.domain.ClipSelection;
import dev.fitt.domain.DatasetAssignments;
import dev.fitt.ports.AssignmentRefusedException;
import dev.fitt.server.port.in.AssignClipsUseCase;
import dev.fitt.server.port.in.GetAssignedClipsUseCase;
import dev.fitt.server.port.in.GetAssignmentsUseCase;
import dev.fitt.server.port.in.UnassignClipsUseCase;
import java.util.List;
import java.util.Optional;

/** A dataset served without clip assignments: everybody works on every clip, and assigning is refused. */
final class NoAssignments implements AssignClipsUseCase, UnassignClipsUseCase, GetAssignmentsUseCase,
        GetAssignedClipsUseCase {
    static final NoAssignments INSTANCE = new NoAssignments();

    private NoAssignments() {
    }

    @Override
    public String assign(String annotator, ClipSelection clips, boolean reassign)
            throws AssignmentRefusedException {
        throw new AssignmentRefusedException("this server keeps no clip assignments");
    }

    @Override
    public String unassign(String annotator, Optional<ClipSelection> clips) throws AssignmentRefusedException {
        throw new AssignmentRefusedException("this server keeps no clip assignments");
    }

    @Override
    public DatasetAssignments assignments() {
        return new DatasetAssignments(0, List.of());
    }

    @Override
    public AssignedClips assignedClips(Optional<String> annotator) {
        return AssignedClips.NONE;
    }
}
