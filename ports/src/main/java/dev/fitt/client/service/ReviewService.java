package dev.fitt.client.service;

import dev.fitt.client.port.in.ConnectionState;
import dev.fitt.client.port.in.FrameProvenanceUseCase;
import dev.fitt.client.port.in.ReviewUseCase;
import dev.fitt.client.port.in.SessionListener;
import dev.fitt.client.port.out.TeamWorkPort;
import dev.fitt.domain.Frame;
import dev.fitt.domain.Review;
import dev.fitt.domain.RowProvenance;
import dev.fitt.domain.TagValue;
import dev.fitt.domain.labelling.ReviewFilter;
import dev.fitt.domain.labelling.RowRange;
import dev.fitt.ports.ServerUnreachableException;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Who did what, shown per frame, and the reviewer's pass. Provenance comes from the server in the
 * background, one worker thread, never on the UI thread: the frame shown whenever the annotator
 * moves, rows others changed when their push arrives (so an annotator sees a correction of their
 * frame), rows this session changed or reviewed once the server has them, and in review mode the
 * whole dataset, in requests of at most {@link #CHUNK} rows, for the filter.
 *
 * <p>It listens to the session's events; {@link ReviewUseCase} and {@link FrameProvenanceUseCase}
 * are called on the UI thread.
 */
final class ReviewService implements ReviewUseCase, FrameProvenanceUseCase, SessionListener {
    private static final System.Logger LOG = System.getLogger(ReviewService.class.getName());
    /** The most rows one provenance request may ask for (extension {@code 1D}). */
    static final int CHUNK = 65_536;

    private final SessionState state;
    private final NavigationService navigation;
    private final TeamWorkPort team;
    private final boolean offered;
    private final ProvenanceCache cache;
    /** Null when nothing is offered. */
    private final ExecutorService worker;
    /** The frame to fetch next, -1 none: moving fast asks once for where the annotator stops. */
    private final AtomicInteger wantedFrame = new AtomicInteger(-1);
    private volatile boolean loaded;
    private volatile boolean loading;
    // UI thread:
    private boolean reviewing;
    private String reviewer = "";
    private ReviewFilter filter = ReviewFilter.ANY;

    ReviewService(SessionState state, NavigationService navigation, TeamWorkPort team, boolean offered,
            ThreadFactory threads) {
        this.state = Objects.requireNonNull(state, "state");
        this.navigation = Objects.requireNonNull(navigation, "navigation");
        this.team = Objects.requireNonNull(team, "team");
        this.offered = offered && state.sync instanceof VersionedSync;
        this.cache = new ProvenanceCache(state.frames.rowCount());
        this.worker = this.offered ? new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                threads) : null;
        if (this.offered) {
            state.events.addListener(this);
        }
    }

    // --- per frame (UI thread) -----------------------------------------------------------------

    @Override
    public boolean offered() {
        return offered;
    }

    @Override
    public Optional<List<RowProvenance>> ofFrame(int frameNumber) {
        if (!offered) {
            return Optional.empty();
        }
        Frame frame = state.frames.frame(frameNumber);
        Optional<List<RowProvenance>> known = cache.get(frame.first(), frame.last());
        if (known.isEmpty()) {
            want(frameNumber);
        }
        return known;
    }

    // --- review (UI thread) --------------------------------------------------------------------

    @Override
    public boolean reviewing() {
        return reviewing;
    }

    @Override
    public void startReviewing(String reviewerName) {
        Objects.requireNonNull(reviewerName, "reviewer");
        if (!offered) {
            throw new IllegalStateException("this server does not offer review (it needs team work and versioned"
                    + " edits)");
        }
        if (reviewing) {
            return;
        }
        reviewing = true;
        reviewer = reviewerName.strip();
        state.queue.reviewWith(team);
        loading = true;
        submit(this::loadAll);
    }

    @Override
    public ReviewFilter filter() {
        return filter;
    }

    @Override
    public void setFilter(ReviewFilter chosen) {
        Objects.requireNonNull(chosen, "filter");
        if (chosen.tag() >= state.tags.size()) {
            throw new IllegalArgumentException("tag number " + chosen.tag() + " is outside 0.." + (state.tags.size() - 1));
        }
        filter = chosen;
    }

    @Override
    public List<String> annotators() {
        return cache.annotators();
    }

    @Override
    public boolean loaded() {
        return loaded;
    }

    @Override
    public int matchingFrames() {
        if (!loaded) {
            return 0;
        }
        int count = 0;
        for (int frame = 0; frame < state.frames.size(); frame++) {
            if (matches(frame)) {
                count++;
            }
        }
        return count;
    }

    @Override
    public boolean goToNextForReview() {
        if (!loaded) {
            if (reviewing && !loading) {
                // The last load failed (server unreachable): try again.
                loading = true;
                submit(this::loadAll);
            }
            return false;
        }
        int frames = state.frames.size();
        int from = state.cursor.frameNumber();
        for (int step = 1; step < frames; step++) {
            int frame = (from + step) % frames;
            if (matches(frame)) {
                navigation.goToFrame(frame);
                return true;
            }
        }
        return false;
    }

    @Override
    public void acceptFrame() {
        state.checkOpen();
        if (!reviewing) {
            throw new IllegalStateException("accepting a frame needs review mode (client setting role: reviewer)");
        }
        Frame frame = state.cursor.frame();
        for (Outgoing.Accept accept : ((VersionedSync) state.sync).acceptsFor(frame.first(), frame.last())) {
            cache.reviewedHere(accept.first(), accept.last(), shownName(), Review.ACCEPTED);
            state.queue.enqueue(accept);
        }
        state.events.provenanceChanged(frame.first(), frame.last());
        goToNextForReview();
    }

    private boolean matches(int frameNumber) {
        Frame frame = state.frames.frame(frameNumber);
        List<List<TagValue>> values = state.labels.withTable(table -> {
            List<List<TagValue>> out = new ArrayList<>(frame.cameras());
            for (int row = frame.first(); row <= frame.last(); row++) {
                out.add(table.values(row));
            }
            return out;
        });
        return filter.matches(cache.known(frame.first(), frame.last()), values, reviewer);
    }

    /** Who the session's own verdicts name until the server's record comes back. */
    private String shownName() {
        return reviewer.isEmpty() ? "you" : reviewer;
    }

    // --- the session's events ------------------------------------------------------------------

    @Override
    public void frameChanged(int frameNumber, Frame frame, int activeCamera) {
        want(frameNumber);
    }

    /** Our own edit: in review mode a correction, shown as one at once; fetched again once delivered. */
    @Override
    public void labelsChanged(int first, int last) {
        if (reviewing) {
            cache.reviewedHere(first, last, shownName(), Review.CORRECTED);
            state.events.provenanceChanged(first, last);
        } else {
            cache.changedHere(first, last);
        }
    }

    @Override
    public void labelsChangedByOthers(int first, int last) {
        submit(() -> fetch(first, last));
    }

    @Override
    public void pendingChanged(int pendingEdits) {
        if (pendingEdits == 0) {
            List<RowRange> delivered = cache.takeDelivered();
            if (!delivered.isEmpty()) {
                submit(() -> delivered.forEach(r -> fetch(r.first(), r.last())));
            }
        }
    }

    @Override
    public void reviewRefused(int first, int last, String message) {
        submit(() -> fetch(first, last));
    }

    @Override
    public void connectionChanged(ConnectionState connection, int pendingEdits) {
        if (connection == ConnectionState.CLOSED) {
            worker.shutdownNow();
        }
    }

    // --- the worker ----------------------------------------------------------------------------

    private void want(int frameNumber) {
        if (offered && wantedFrame.getAndSet(frameNumber) == -1) {
            submit(() -> {
                Frame frame = state.frames.frame(wantedFrame.getAndSet(-1));
                fetch(frame.first(), frame.last());
            });
        }
    }

    private void submit(Runnable task) {
        try {
            worker.execute(task);
        } catch (RejectedExecutionException closed) {
            // The session is closed: nothing is shown any more.
        }
    }

    /** Rows {@code first..last}, in requests of at most {@link #CHUNK}; a failure leaves them as they were. */
    private boolean fetch(int first, int last) {
        try {
            for (int from = first; from <= last; from += CHUNK) {
                int to = (int) Math.min(last, (long) from + CHUNK - 1);
                cache.put(from, team.fetchProvenance(from, to));
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
     * failed, and the next {@link #goToNextForReview} tries again).
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
