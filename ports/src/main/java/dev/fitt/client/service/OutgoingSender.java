package dev.fitt.client.service;

import dev.fitt.domain.TagChange;
import dev.fitt.ports.ChangeConflictException;
import dev.fitt.ports.ChangeRejectedException;
import dev.fitt.ports.SaveFailedException;
import dev.fitt.ports.ServerUnreachableException;
import dev.fitt.client.port.out.TaggingServerPort;
import dev.fitt.client.port.out.TeamWorkPort;
import java.lang.System.Logger.Level;
import java.util.Objects;

/**
 * The one call each kind of {@link Outgoing} item makes: a change, a versioned change (a
 * correction in review mode), an accept, a reload or a save. {@link EditQueue} decides when an
 * item goes and what a failure means for the queue; this class only knows which port to call and
 * where the answer goes.
 */
final class OutgoingSender {
    private static final System.Logger LOG = System.getLogger(OutgoingSender.class.getName());

    private final TaggingServerPort server;
    private final VersionedAnswers answers;
    private volatile boolean lastSaveSucceeded = true;
    /** Set when a review starts: versioned changes then go as corrections, and accepts are sent here. */
    private volatile TeamWorkPort reviews;

    /** {@code answers} null: a v1 server, no versioned items are sent. */
    OutgoingSender(TaggingServerPort server, VersionedAnswers answers) {
        this.server = Objects.requireNonNull(server, "server");
        this.answers = answers;
    }

    void reviewWith(TeamWorkPort team) {
        reviews = Objects.requireNonNull(team, "team");
    }

    boolean lastSaveSucceeded() {
        return lastSaveSucceeded;
    }

    void saveFailed() {
        lastSaveSucceeded = false;
    }

    void send(Outgoing item) throws ServerUnreachableException, ChangeRejectedException,
            ChangeConflictException, SaveFailedException {
        if (item instanceof Outgoing.Change change) {
            server.tag(change.change());
        } else if (item instanceof Outgoing.VersionedChange versioned) {
            long ticket = versioned.ticket();
            TeamWorkPort team = reviews;
            long basis = answers.basis(ticket);
            answers.accepted(ticket, team == null ? server.tagIfCurrent(versioned.change(), basis)
                    : team.correct(versioned.change(), basis));
        } else if (item instanceof Outgoing.Accept accept) {
            reviews.accept(accept.first(), accept.last(), accept.basis());
        } else if (item instanceof Outgoing.Reload) {
            answers.reloaded(server.fetchVersionedLabels());
        } else {
            server.save();
            lastSaveSucceeded = true;
        }
    }

    /**
     * The labels and versions as the server holds them now: the first call after a lost connection
     * (perhaps a restarted server's), before anything that waited is sent, and after a refusal.
     */
    void catchUp() throws ServerUnreachableException {
        try {
            answers.reloaded(server.fetchVersionedLabels());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the labels could not be reloaded; others' changes may show late", e);
        }
    }

    /** A versioned change the server refused: its ticket is given up. */
    void refused(Outgoing item) {
        if (item instanceof Outgoing.VersionedChange versioned) {
            answers.refused(versioned.ticket());
        }
    }

    /** A versioned change the server found in conflict. */
    void conflicted(Outgoing.VersionedChange item, String message) {
        answers.conflicted(item.ticket(), message);
    }

    static TagChange changeOf(Outgoing item) {
        return item instanceof Outgoing.VersionedChange versioned ? versioned.change()
                : ((Outgoing.Change) item).change();
    }
}
