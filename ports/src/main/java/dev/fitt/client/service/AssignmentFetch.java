package dev.fitt.client.service;

import dev.fitt.client.port.in.ConnectionState;
import dev.fitt.client.port.in.SessionListener;
import dev.fitt.client.port.out.TeamWorkPort;
import dev.fitt.domain.AssignedClips;
import dev.fitt.ports.ServerUnreachableException;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The clips the server assigns to this annotator, as it last told: asked once while the session
 * opens (off the UI thread already), and again on a thread of its own each time the connection
 * comes back, since a restarted server or the lead may have changed them. The UI thread only reads
 * the last answer. A server without team work, or one that cannot say, has assigned nothing: the
 * session then walks every clip, as before assignments existed.
 */
final class AssignmentFetch implements SessionListener {
    private static final System.Logger LOG = System.getLogger(AssignmentFetch.class.getName());

    private final TeamWorkPort team;
    private final int clipCount;
    private final SessionListener events;
    private final ThreadFactory threads;
    /** Requests not yet served; one thread serves them all, so a burst of reconnects asks once or twice. */
    private final AtomicInteger requested = new AtomicInteger();
    private volatile AssignedClips latest = AssignedClips.NONE;

    AssignmentFetch(TeamWorkPort team, int clipCount, SessionListener events, ThreadFactory threads) {
        this.team = Objects.requireNonNull(team, "team");
        this.clipCount = clipCount;
        this.events = Objects.requireNonNull(events, "events");
        this.threads = Objects.requireNonNull(threads, "threads");
    }

    /** Any thread. */
    AssignedClips latest() {
        return latest;
    }

    /** Blocking: while the session opens. Never fails: what cannot be asked counts as nothing assigned. */
    void fetchNow() {
        latest = ask();
    }

    /** After a reconnect: asks again in the background and tells the listeners when the answer differs. */
    @Override
    public void connectionChanged(ConnectionState state, int pendingEdits) {
        if (state == ConnectionState.CONNECTED && requested.getAndIncrement() == 0) {
            threads.newThread(this::serve).start();
        }
    }

    private void serve() {
        do {
            requested.set(1);
            AssignedClips answer = ask();
            if (!answer.equals(latest)) {
                latest = answer;
                events.myClipsChanged();
            }
        } while (requested.decrementAndGet() > 0);
    }

    private AssignedClips ask() {
        try {
            if (!team.offersTeamWork()) {
                return AssignedClips.NONE;
            }
            return withinDataset(team.fetchAssignedClips());
        } catch (ServerUnreachableException e) {
            // Asked again when the connection comes back.
            LOG.log(Level.DEBUG, "could not ask for the assigned clips: {0}", e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the server could not say which clips are assigned; every clip is walked: {0}",
                    e.toString());
        }
        return AssignedClips.NONE;
    }

    private AssignedClips withinDataset(AssignedClips told) {
        List<Integer> known = told.clips().stream().filter(clip -> clip < clipCount).toList();
        if (known.size() == told.clips().size()) {
            return told;
        }
        LOG.log(Level.WARNING, "the server assigned clips this dataset does not have (it has {0}): {1}; they are"
                + " left out", clipCount, told.clips());
        return new AssignedClips(told.datasetHasAssignments(), known);
    }
}
