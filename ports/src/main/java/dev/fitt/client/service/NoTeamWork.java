package dev.fitt.client.service;

import dev.fitt.client.port.out.TeamWorkPort;
import dev.fitt.domain.AnnotatorStats;
import dev.fitt.domain.RowProvenance;
import dev.fitt.domain.TagChange;
import java.util.List;

/** The team port of a server without team work (protocol v1, the in-process server of {@code fitt tag}). */
public final class NoTeamWork implements TeamWorkPort {
    @Override
    public boolean offersTeamWork() {
        return false;
    }

    @Override
    public List<RowProvenance> fetchProvenance(int first, int last) {
        throw new UnsupportedOperationException("this server does not offer team work");
    }

    @Override
    public List<AnnotatorStats> fetchAnnotatorStats() {
        throw new UnsupportedOperationException("this server does not offer team work");
    }

    @Override
    public long accept(int first, int last, long basis) {
        throw new UnsupportedOperationException("this server does not offer team work");
    }

    @Override
    public long correct(TagChange change, long basis) {
        throw new UnsupportedOperationException("this server does not offer team work");
    }
}
