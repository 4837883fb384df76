package dev.fitt.adapters.socket.client;

import dev.fitt.adapters.socket.ClientConfig;
import dev.fitt.adapters.socket.protocol.Reply;
import dev.fitt.adapters.socket.protocol.TeamReply;
import dev.fitt.adapters.socket.protocol.TeamRequest;
import dev.fitt.adapters.socket.protocol.Wire;
import dev.fitt.client.port.out.TeamWorkPort;
import dev.fitt.domain.AnnotatorStats;
import dev.fitt.domain.AssignedClips;
import dev.fitt.domain.HourlyActivity;
import dev.fitt.domain.RowProvenance;
import dev.fitt.domain.TagChange;
import dev.fitt.ports.ChangeConflictException;
import dev.fitt.ports.ChangeRejectedException;
import dev.fitt.ports.ServerUnreachableException;
import java.util.List;
import java.util.Objects;

/**
 * Team work over a {@link TcpTaggingServerGateway}'s connection ({@code 1C}-{@code 1F}, {@code 28}):
 * provenance, a reviewer's verdict, each annotator's work (in total and hour by hour), the annotator's assigned clips. (Identify, {@code 1A}, is part of every
 * hello: {@link ExtensionHello}.)
 */
final class TeamWork implements TeamWorkPort {
    /** The gateway's live connection, or one fresh attempt to make one. */
    interface Connection {
        ServerLink get() throws ServerUnreachableException;
    }

    private final ClientConfig config;
    private final ReplyWaits waits;
    private final Connection connection;

    TeamWork(ClientConfig config, ReplyWaits waits, Connection connection) {
        this.config = Objects.requireNonNull(config, "config");
        this.waits = Objects.requireNonNull(waits, "waits");
        this.connection = Objects.requireNonNull(connection, "connection");
    }

    @Override
    public boolean offersTeamWork() throws ServerUnreachableException {
        return connection.get().teamWork();
    }

    @Override
    public List<RowProvenance> fetchProvenance(int first, int last) throws ServerUnreachableException {
        ServerLink current = teamLink();
        Reply reply = waits.byId(current, new TeamRequest.Provenance(current.nextRequestId(), first, last),
                "provenance");
        return waits.expect(reply, TeamReply.Provenance.class, "send provenance").rows();
    }

    @Override
    public List<AnnotatorStats> fetchAnnotatorStats() throws ServerUnreachableException {
        ServerLink current = teamLink();
        Reply reply = waits.byId(current, new TeamRequest.AnnotatorStats(current.nextRequestId()), "annotator stats");
        return waits.expect(reply, TeamReply.AnnotatorStats.class, "send annotator statistics").annotators();
    }

    @Override
    public AssignedClips fetchAssignedClips() throws ServerUnreachableException {
        ServerLink current = teamLink();
        Reply reply = waits.byId(current, new TeamRequest.MyClips(current.nextRequestId()), "my assigned clips");
        return waits.expect(reply, TeamReply.MyClips.class, "send the assigned clips").clips();
    }

    @Override
    public HourlyActivity fetchHourlyActivity() throws ServerUnreachableException {
        ServerLink current = teamLink();
        Reply reply = waits.byId(current, new TeamRequest.HourlyActivity(current.nextRequestId()), "hourly activity");
        return waits.expect(reply, TeamReply.HourlyActivity.class, "send the hourly activity").activity();
    }

    @Override
    public long accept(int first, int last, long basis)
            throws ChangeRejectedException, ChangeConflictException, ServerUnreachableException {
        ServerLink current = teamLink();
        return verdict(waits.byId(current, new TeamRequest.Review(current.nextRequestId(), basis, first, last, true,
                List.of()), "review"), first, last);
    }

    @Override
    public long correct(TagChange change, long basis)
            throws ChangeRejectedException, ChangeConflictException, ServerUnreachableException {
        ServerLink current = teamLink();
        return verdict(waits.byId(current, new TeamRequest.Review(current.nextRequestId(), basis, change.first(),
                change.last(), false, change.values()), "review"), change.first(), change.last());
    }

    private ServerLink teamLink() throws ServerUnreachableException {
        ServerLink current = connection.get();
        if (!current.teamWork()) {
            throw new UnsupportedOperationException("the tagging server at " + config.peer()
                    + " offers no team work (provenance, review, annotator statistics)");
        }
        return current;
    }

    private long verdict(Reply reply, int first, int last) throws ChangeRejectedException, ChangeConflictException {
        TeamReply.ReviewOutcome outcome = (TeamReply.ReviewOutcome) reply;
        if (outcome.status() == Wire.CONFLICT) {
            throw new ChangeConflictException(outcome.message(), outcome.version());
        }
        if (outcome.status() != Wire.OK) {
            throw new ChangeRejectedException(outcome.message().isEmpty() ? "the tagging server at " + config.peer()
                    + " refused the review of rows " + first + ".." + last + " without a reason" : outcome.message());
        }
        return outcome.version();
    }
}
