package dev.fitt.adapters.socket.server;

import dev.fitt.adapters.socket.ServedUseCases;
import dev.fitt.adapters.socket.protocol.Reply;
import dev.fitt.adapters.socket.protocol.TeamReply;
import dev.fitt.adapters.socket.protocol.TeamRequest;
import dev.fitt.adapters.socket.protocol.Wire;
import dev.fitt.domain.Editor;
import dev.fitt.ports.ChangeConflictException;
import dev.fitt.ports.ChangeRejectedException;
import dev.fitt.ports.DatasetLoadException;
import java.util.Objects;
import java.util.Optional;

/**
 * Answers the team requests about one dataset ({@code 1C}-{@code 1F}, {@code 28}: review, provenance,
 * annotator stats, an annotator's assigned clips, hourly activity) with its use cases, for {@link RequestHandler}; identify ({@code 1A}) is the
 * connection's own state ({@link AnnotatorName}). Thread-safe: shared by all connections.
 */
final class TeamHandler {
    /** At most this many rows per request: a frame or a clip, not the dataset (a reply stays small). */
    static final int MAX_PROVENANCE_ROWS = 65_536;

    private final ServedUseCases useCases;

    TeamHandler(ServedUseCases useCases) {
        this.useCases = Objects.requireNonNull(useCases, "useCases");
    }

    Reply handle(TeamRequest request, Editor editor) {
        if (request instanceof TeamRequest.Review review) {
            return review(review, editor);
        }
        if (request instanceof TeamRequest.Provenance provenance) {
            return provenance(provenance);
        }
        if (request instanceof TeamRequest.AnnotatorStats stats) {
            return new TeamReply.AnnotatorStats(stats.id(), useCases.annotatorStats().annotatorStats());
        }
        if (request instanceof TeamRequest.HourlyActivity activity) {
            return new TeamReply.HourlyActivity(activity.id(), useCases.hourlyActivity().hourlyActivity());
        }
        throw new IllegalStateException("the connection answers " + request + " itself");
    }

    /** The clips assigned to {@code annotator} (empty: a connection that never identified) on this dataset. */
    Reply myClips(TeamRequest.MyClips request, Optional<String> annotator) {
        try {
            return new TeamReply.MyClips(request.id(), useCases.assignedClips().assignedClips(annotator));
        } catch (DatasetLoadException e) {
            return RequestHandler.failure(request, "cannot read the clip assignments: "
                    + RequestHandler.extensionReason(e));
        }
    }

    private Reply review(TeamRequest.Review review, Editor reviewer) {
        try {
            long version;
            if (review.accepted()) {
                if (review.last() > Integer.MAX_VALUE || review.first() > review.last()) {
                    throw new ChangeRejectedException("review of rows " + review.first() + ".." + review.last()
                            + ": not a range of rows");
                }
                version = useCases.review().accept((int) review.first(), (int) review.last(), review.basis(), reviewer);
            } else {
                version = useCases.review().correct(RequestHandler.toTagChange(review.first(), review.last(),
                        review.values()), review.basis(), reviewer);
            }
            return new TeamReply.ReviewOutcome(review.id(), Wire.OK, version, "");
        } catch (ChangeConflictException e) {
            return new TeamReply.ReviewOutcome(review.id(), Wire.CONFLICT, Math.max(0, e.currentVersion()),
                    RequestHandler.extensionReason(e));
        } catch (ChangeRejectedException e) {
            return new TeamReply.ReviewOutcome(review.id(), Wire.ERROR, 0, RequestHandler.extensionReason(e));
        }
    }

    private Reply provenance(TeamRequest.Provenance request) {
        long rows = request.last() - request.first() + 1;
        if (rows < 1 || rows > MAX_PROVENANCE_ROWS) {
            return new Reply.ExtensionError(Wire.PROVENANCE, request.id(), "provenance of rows " + request.first()
                    + ".." + request.last() + ": ask for 1 to " + MAX_PROVENANCE_ROWS + " rows at a time");
        }
        try {
            return new TeamReply.Provenance(request.id(),
                    useCases.provenance().provenance((int) request.first(), (int) request.last()));
        } catch (IllegalArgumentException e) {
            return new Reply.ExtensionError(Wire.PROVENANCE, request.id(),
                    RequestHandler.extensionText(e.getMessage()));
        }
    }
}
