package dev.fitt.client.service;

import dev.fitt.client.port.out.TeamWorkPort;
import dev.fitt.domain.Frame;
import dev.fitt.ports.ServerUnreachableException;
import java.lang.System.Logger.Level;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Provenance from the server into the {@link ProvenanceCache}, on one background worker thread,
 * never on the UI thread: a frame (moving fast asks once, for where the annotator stops), a range
 * of rows, or the whole dataset for {@link ReviewService}'s filter, in requests of at most
 * {@link #CHUNK} rows. A failure leaves the cache as it was.
 */
final class ProvenanceFetcher {
    private static final System.Logger LOG = System.getLogger(ProvenanceFetcher.class.getName());
    /** The most rows one provenance request may ask for (extension {@code 1D}). */
    static final int CHUNK = 65_536;

    private final SessionState state;
    private final TeamWorkPort team;
    private final ProvenanceCache cache;
    private final ExecutorService worker;
    /** The frame to fetch next, -1 none: moving fast asks once for where the annotator stops. */
    private final AtomicInteger wantedFrame = new AtomicInteger(-1);
    private volatile boolean loaded;
    private volatile boolean loading;

    ProvenanceFetcher(SessionState state, TeamWorkPort team, ProvenanceCache cache, ThreadFactory threads) {
        this.state = Objects.requireNonNull(state, "state");
        this.team = Objects.requireNonNull(team, "team");
        this.cache = Objects.requireNonNull(cache, "cache");
        this.worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), threads);
    }

    /** Whether the whole dataset has been fetched. */
    boolean loaded() {
        return loaded;
    }

    /** Whether the whole dataset is being fetched now. */
    boolean loading() {
        return loading;
    }

    /** Starts fetching the whole dataset, with progress ({@code -1} done: it failed). */
    void loadAllInBackground() {
        loading = true;
        submit(this::loadAll);
    }

    void want(int frameNumber) {
        if (wantedFrame.getAndSet(frameNumber) == -1) {
            submit(() -> {
                Frame frame = state.frames.frame(wantedFrame.getAndSet(-1));
                fetch(frame.first(), frame.last());
            });
        }
    }

    void fetchInBackground(int first, int last) {
        submit(() -> fetch(first, last));
    }

    void stop() {
        worker.shutdownNow();
    }

    void submit(Runnable task) {
        try {
            worker.execute(task);
        } catch (RejectedExecutionException closed) {
            // The session is closed: nothing is shown any more.
        }
    }

    /** Rows {@code first..last}, in requests of at most {@link #CHUNK}; a failure leaves them as they were. */
    boolean fetch(int first, int last) {
        try {
            for (int from = first; from <= last; from += CHUNK) {
                int to = (int) Math.min(last, (long) from + CHUNK - 1);
                int startedAt = cache.fetchStarts();
                cache.put(from, team.fetchProvenance(from, to), startedAt);
                state.events.provenanceChanged(from, to);
            }
            return true;
        } catch (ServerUnreachableException e) {
            LOG.log(Level.DEBUG, "provenance of rows {0}..{1} not fetched: {2}", first, last, e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "provenance of rows " + first + ".." + last + " could not be fetched", e);
        }
        return false;
    }

    /**
     * The whole dataset for the review filter, chunk by chunk, with progress ({@code -1} done: it
     * failed, and the next {@link ReviewService#goToNextForReview} tries again).
     */
    private void loadAll() {
        int total = cache.rowCount();
        try {
            state.events.provenanceLoading(0, total);
            for (int from = 0; from < total; from += CHUNK) {
                int to = (int) Math.min(total - 1L, (long) from + CHUNK - 1);
                if (!fetch(from, to)) {
                    state.events.provenanceLoading(-1, total);
                    return;
                }
                state.events.provenanceLoading(to + 1, total);
            }
            loaded = true;
        } finally {
            loading = false;
        }
        state.events.provenanceLoading(total, total);
    }
}
