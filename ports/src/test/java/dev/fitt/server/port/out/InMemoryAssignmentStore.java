package dev.fitt.server.port.out;

import dev.fitt.domain.ClipAssignments;

/** Assignments in memory, for tests: what {@link AssignmentStorePort} promises, without a disk. */
public final class InMemoryAssignmentStore implements AssignmentStorePort {
    private ClipAssignments kept = ClipAssignments.NONE;

    @Override
    public synchronized ClipAssignments loadAssignments() {
        return kept;
    }

    @Override
    public synchronized ClipAssignments changeAssignments(AssignmentChange change)
            throws dev.fitt.ports.AssignmentRefusedException {
        kept = java.util.Objects.requireNonNull(change.apply(kept), "changed assignments");
        return kept;
    }
}
