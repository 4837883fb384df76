package dev.fitt.client.service;

import dev.fitt.client.port.out.TeamWorkPort;
import dev.fitt.domain.AnnotatorStats;
import dev.fitt.domain.AssignedClips;
import dev.fitt.domain.HourlyActivity;
import dev.fitt.domain.Editor;
import dev.fitt.domain.RowProvenance;
import dev.fitt.domain.TagChange;
import dev.fitt.ports.ChangeConflictException;
import dev.fitt.ports.ChangeRejectedException;
import dev.fitt.server.service.ServerCore;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The team port over a real in-process server core, as {@code name} (the origin of the
 * annotator's {@link ClientFixture#liveServer} port, or of an {@code InProcessTaggingServer}, so
 * their own changes are not pushed back); logs the provenance requests. Public in the test-jar for
 * the window tests.
 */
public final class CoreTeamWork implements TeamWorkPort {
    final List<int[]> provenanceRequests = new CopyOnWriteArrayList<>();
    private final ServerCore core;
    private final Editor editor;
    private final AssignedClips assigned;

    public CoreTeamWork(ServerCore core, String name) {
        this(core, name, AssignedClips.NONE);
    }

    /** As if the dataset had {@code assigned} for this annotator. */
    public CoreTeamWork(ServerCore core, String name, AssignedClips assigned) {
        this.core = core;
        this.editor = new Editor(name, name);
        this.assigned = assigned;
    }

    @Override
    public boolean offersTeamWork() {
        return true;
    }

    @Override
    public List<RowProvenance> fetchProvenance(int first, int last) {
        if (last - first + 1 > ProvenanceFetcher.CHUNK) {
            throw new IllegalArgumentException("at most 65536 rows per request, asked " + first + ".." + last);
        }
        provenanceRequests.add(new int[] {first, last});
        return core.team().provenance(first, last);
    }

    @Override
    public List<AnnotatorStats> fetchAnnotatorStats() {
        return core.team().annotatorStats();
    }

    @Override
    public HourlyActivity fetchHourlyActivity() {
        return core.team().hourlyActivity();
    }

    /** The clips given at construction; none by default: the dataset works as unassigned. */
    @Override
    public AssignedClips fetchAssignedClips() {
        return assigned;
    }

    @Override
    public long accept(int first, int last, long basis) throws ChangeRejectedException, ChangeConflictException {
        return core.tagging().accept(first, last, basis, editor);
    }

    @Override
    public long correct(TagChange change, long basis) throws ChangeRejectedException, ChangeConflictException {
        return core.tagging().correct(change, basis, editor);
    }
}
