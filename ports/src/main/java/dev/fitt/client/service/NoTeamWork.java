package dev.fitt.client.service;

import dev.fitt.client.port.out.TeamWorkPort;
import dev.fitt.domain.AnnotatorStats;
import dev.fitt.domain.RowProvenance;
import dev.fitt.domain.TagChange;
import java.util.List;

/** The team work of a server that has none (v1, in-process): offered nowhere, every call refused. */
public final class NoTeamWork implements TeamWorkPort {
    @Override
    public boolean offersTeamWork() {
        return false;
    }

    @Override
    public List<RowProvenance> fetchProvenance(int first, int last) {
        throw new UnsupportedOperationException("this server offers no team work");
    }

    @Override
    public List<AnnotatorStats> fetchAnnotatorStats() {
        throw new UnsupportedOperationException("this server offers no team work");
    }

    @Override
    public long accept(int first, int last, long basis) {
        throw new UnsupportedOperationException("this server offers no team work");
    }

    @Override
    public long correct(TagChange change, long basis) {
        throw new UnsupportedOperationException("this server offers no team work");
    }
}
