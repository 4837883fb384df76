package dev.fitt.client.port.out;

import dev.fitt.domain.AnnotatorStats;
import dev.fitt.domain.AssignedClips;
import dev.fitt.domain.HourlyActivity;
import dev.fitt.domain.RowProvenance;
import dev.fitt.domain.TagChange;
import dev.fitt.ports.ChangeConflictException;
import dev.fitt.ports.ChangeRejectedException;
import dev.fitt.ports.ServerUnreachableException;
import java.util.List;

/**
 * What a client needs of the server for team work: who labelled and reviewed which images, a
 * reviewer's verdicts, and each annotator's statistics (totals, and hour by hour). A server without it (v1, or one that does
 * not grant team work) answers every call with {@link UnsupportedOperationException}.
 */
public interface TeamWorkPort {
    /** Whether the server offers team work on the current connection. */
    boolean offersTeamWork() throws ServerUnreachableException;

    /** Provenance of display rows {@code first..last} (at most 65536 rows). */
    List<RowProvenance> fetchProvenance(int first, int last) throws ServerUnreachableException;

    List<AnnotatorStats> fetchAnnotatorStats() throws ServerUnreachableException;

    /** The clips assigned to this connection's annotator on its dataset. */
    AssignedClips fetchAssignedClips() throws ServerUnreachableException;
    /**
     * Each annotator's frames per hour over the last day, and the dataset's reviewed frames. A port
     * that cannot tell (a server without it) throws {@link UnsupportedOperationException}.
     */
    default HourlyActivity fetchHourlyActivity() throws ServerUnreachableException {
        throw new UnsupportedOperationException("this server offers no hourly activity");
    }

    /** Accepts rows {@code first..last} as labelled, as seen at {@code basis}; returns the verdict's version. */
    long accept(int first, int last, long basis)
            throws ChangeRejectedException, ChangeConflictException, ServerUnreachableException;

    /** Corrects rows to {@code change}'s values, as seen at {@code basis}; returns the change's version. */
    long correct(TagChange change, long basis)
            throws ChangeRejectedException, ChangeConflictException, ServerUnreachableException;
}
