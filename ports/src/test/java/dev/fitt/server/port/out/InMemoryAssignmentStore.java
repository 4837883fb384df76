package dev.fitt.server.port.out;

import dev.fitt.domain.ClipAssignments;

/** Assignments in memory, for tests: what {@link AssignmentStorePort} promises, without a disk. */
public final class InMemoryAssignmentStore implements AssignmentStorePort {
    private volatile ClipAssignments kept = ClipAssignments.NONE;

    @Override
    public ClipAssignments loadAssignments() {
        return kept;
    }

    @Override
    public void saveAssignments(ClipAssignments all) {
        kept = java.util.Objects.requireNonNull(all, "all");
    }
}
