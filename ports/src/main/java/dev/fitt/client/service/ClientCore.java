package dev.fitt.client.service;

import dev.fitt.domain.labelling.CameraTitles;
import dev.fitt.ports.ServerUnreachableException;
import dev.fitt.client.port.in.LabellingSession;
import dev.fitt.client.port.in.SessionListener;
import dev.fitt.client.port.out.ServerCapabilities;
import dev.fitt.client.port.out.TaggingServerPort;
import dev.fitt.client.port.out.TeamWorkPort;
import dev.fitt.client.port.out.DatasetView;
import java.util.List;
import java.util.concurrent.ThreadFactory;

/**
 * Opens one annotator's {@link LabellingSession}: fetches the dataset and the clips assigned to the
 * annotator ({@link AssignmentFetch}; asked again after each reconnect), builds the client's
 * services over one {@link SessionState} (navigation, choices, mass labelling, undo, conflicts,
 * queries, saving and closing, team statistics through {@code teamWork}, a {@link NoTeamWork} for
 * a server without team work) and starts sending. The session owns the server port and closes it
 * when it is closed.
 *
 * <p>Every edit is applied locally at once and sent in the background ({@link LocalEdits},
 * {@link EditQueue}). With a v1 server the last edit to reach it wins; after a reconnect nothing
 * is fetched again, so local edits are never overwritten, and labels others make show after
 * reopening. Either way the session notices a lost or silent server while the annotator does
 * nothing (the edit queue's heartbeat), so the connection state tells the truth; with a versioned
 * server it then reloads the labels and versions before sending anything else. When the server
 * offers versioned edits and live changes, others' changes show as they happen
 * ({@link SessionListener#labelsChangedByOthers}), edits are checked against what the annotator
 * had seen and conflicts wait for a decision; the rule that makes every client converge is
 * {@link VersionedSync}'s. The labels are then also written by background threads, under the lock
 * of {@link LockedLabelTable}.
 */
public final class ClientCore {
    private static final System.Logger LOG = System.getLogger(ClientCore.class.getName());

    private ClientCore() {
    }

    /**
     * Fetches the dataset and the clips assigned to this annotator (blocking: call off the UI thread)
     * and starts sending. {@code teamWork}: the same server's team work, or {@link NoTeamWork}.
     */
    public static LabellingSession open(TaggingServerPort server, SessionSettings settings, TeamWorkPort teamWork)
            throws ServerUnreachableException {
        return open(server, settings, Sleeper.system(), ClientCore::daemonThread, teamWork);
    }

    /**
     * As {@link #open(TaggingServerPort, SessionSettings, TeamWorkPort)} with the waiting and threads
     * chosen ({@code threads} makes the edit sender, for a live server the change receiver, and the
     * threads that ask for the assigned clips again after a reconnect).
     */
    public static LabellingSession open(TaggingServerPort server, SessionSettings settings, Sleeper sleeper,
            ThreadFactory threads, TeamWorkPort teamWork) throws ServerUnreachableException {
        ServerCapabilities offered = server.capabilities();
        boolean teamOffered = offersTeamWork(teamWork);
        boolean live = offered.versionedEdits() && offered.liveChanges();
        ChangeReceiver received = new ChangeReceiver();
        // Subscribe before loading, so no change falls between the loaded labels and the first
        // push; pushes the loaded labels already hold are then ignored by their version.
        AutoCloseable subscription = live ? server.watchChanges(received) : () -> { };
        SessionState state;
        try {
            DatasetView view = server.fetchDataset();
            state = new SessionState(server, view, live ? server.fetchVersionedLabels() : null,
                    cameraTitles(server, offered, view), clipIds(server, offered, view), received, subscription,
                    settings, sleeper, teamWork, threads);
        } catch (ServerUnreachableException | RuntimeException e) {
            closeQuietly(subscription);
            throw e;
        }
        state.assignments.fetchNow();
        state.events.addListener(state.assignments);
        if (!state.walk().contains(0)) {
            // The annotator's work starts at their first clip.
            state.cursor.goTo(state.walk().frameAt(0));
        }
        state.queue.start(threads);
        if (state.sync instanceof VersionedSync versioned) {
            received.start(threads, versioned::received);
        }
        LocalEdits edits = new LocalEdits(state);
        NavigationService navigation = new NavigationService(state);
        ReviewService review = new ReviewService(state, navigation, teamWork, teamOffered, threads);
        return new LabellingSession(navigation, new ChoosingService(state, edits, navigation),
                new MassLabellingService(state, edits), new UndoService(state, edits, navigation),
                new ConflictService(state), new StateQueryService(state), new SaveAndCloseService(state),
                state.images, state.events, review, review, new MyClipsService(state),
                new TeamStatisticsService(teamWork, state));
    }

    /**
     * Team work is an addition: a server that cannot say whether it offers it (lost right after
     * the connection was made) still gets a session that labels as before, without provenance and
     * review, like one without team work.
     */
    private static boolean offersTeamWork(TeamWorkPort teamWork) {
        try {
            return teamWork.offersTeamWork();
        } catch (ServerUnreachableException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "could not ask the server for team work, labelling without it: {0}",
                    e.getMessage());
            return false;
        }
    }

    /** Names come once, at open: a dataset's clips and cameras never change while it is served. */
    private static CameraTitles cameraTitles(TaggingServerPort server, ServerCapabilities offered, DatasetView view)
            throws ServerUnreachableException {
        if (!offered.cameraNames()) {
            return CameraTitles.unnamed(view.clips());
        }
        CameraTitles titles = new CameraTitles(view.clips(), server.fetchCameraNames());
        if (!titles.named() && !view.clips().isEmpty()) {
            LOG.log(System.Logger.Level.WARNING, "the server's camera names do not fit its {0} clips: views are"
                    + " numbered instead", view.clips().size());
        }
        return titles;
    }

    /** Like the camera names, asked once: a served dataset's clips never change. */
    private static List<String> clipIds(TaggingServerPort server, ServerCapabilities offered, DatasetView view)
            throws ServerUnreachableException {
        if (!offered.clipIds()) {
            return List.of();
        }
        List<String> ids = server.fetchClipIds();
        if (ids.size() != view.clips().size()) {
            LOG.log(System.Logger.Level.WARNING, "the server named {0} clip ids for its {1} clips: clips are"
                    + " shown by number only", ids.size(), view.clips().size());
            return List.of();
        }
        return ids;
    }

    static void closeQuietly(AutoCloseable subscription) {
        try {
            subscription.close();
        } catch (Exception e) {
            LOG.log(System.Logger.Level.WARNING, "could not end the subscription to others' changes", e);
        }
    }

    private static Thread daemonThread(Runnable body) {
        Thread thread = new Thread(body, "fitt-session-worker");
        thread.setDaemon(true);
        return thread;
    }
}
