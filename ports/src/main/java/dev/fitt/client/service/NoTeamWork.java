package dev.fitt.client.service;

import dev.fitt.client.port.out.TeamWorkPort;
import dev.fitt.domain.AnnotatorStats;
import dev.fitt.domain.AssignedClips;
import dev.fitt.domain.RowProvenance;
import dev.fitt.domain.TagChange;
import java.util.List;

/**
 * The team work port of a server without team work: a v1 server, or the one in this process
 * ({@code fitt tag}). It says so, and answers every other call with
 * {@link UnsupportedOperationException}, as {@link TeamWorkPort} asks.
 */
public final class NoTeamWork implements TeamWorkPort {
    @Override
    public boolean offersTeamWork() {
        return false;
    }

    @Override
    public List<RowProvenance> fetchProvenance(int first, int last) {
        throw none();
    }

    @Override
    public List<AnnotatorStats> fetchAnnotatorStats() {
        throw none();
    }

    @Override
    public AssignedClips fetchAssignedClips() {
        throw none();
    }

    @Override
    public long accept(int first, int last, long basis) {
        throw none();
    }

    @Override
    public long correct(TagChange change, long basis) {
        throw none();
    }

    private static UnsupportedOperationException none() {
        return new UnsupportedOperationException("this server offers no team work");
    }
}
