package dev.fitt.adapters.swing;

import dev.fitt.client.port.out.TeamWorkPort;
import dev.fitt.domain.AnnotatorStats;
import dev.fitt.domain.AssignedClips;
import dev.fitt.domain.RowProvenance;
import dev.fitt.domain.TagChange;
import java.util.List;

/** A server's team work as far as assignments go, in memory: it answers the clips it was given. */
final class AssignedTeamWork implements TeamWorkPort {
    private final AssignedClips assigned;

    AssignedTeamWork(AssignedClips assigned) {
        this.assigned = assigned;
    }

    @Override
    public boolean offersTeamWork() {
        return true;
    }

    @Override
    public AssignedClips fetchAssignedClips() {
        return assigned;
    }

    @Override
    public List<RowProvenance> fetchProvenance(int first, int last) {
        throw new UnsupportedOperationException("not in this fake");
    }

    @Override
    public List<AnnotatorStats> fetchAnnotatorStats() {
        throw new UnsupportedOperationException("not in this fake");
    }

    @Override
    public long accept(int first, int last, long basis) {
        throw new UnsupportedOperationException("not in this fake");
    }

    @Override
    public long correct(TagChange change, long basis) {
        throw new UnsupportedOperationException("not in this fake");
    }
}
