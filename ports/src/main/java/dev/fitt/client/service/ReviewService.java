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
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadFactory;

/**
 * Who did what, shown per frame, and the reviewer's pass. Provenance comes from the server in the
 * background, one worker thread, never on the UI thread: the frame shown whenever the annotator
 * moves, rows others changed when their push arrives (so an annotator sees a correction of their
 * frame), rows this session changed or reviewed once the server has them, and in review mode the
 * whole dataset, for the filter. The fetching is {@link ProvenanceFetcher}'s; this class decides
 * what to fetch, filters and accepts.
 *
 * <p>It listens to the session's events; {@link ReviewUseCase} and {@link FrameProvenanceUseCase}
 * are called on the UI thread.
 */
final class ReviewService implements ReviewUseCase, FrameProvenanceUseCase, SessionListener {
    private final SessionState state;
    private final NavigationService navigation;
    private final TeamWorkPort team;
    private final boolean offered;
    private final ProvenanceCache cache;
    /** Null when nothing is offered. */
    private final ProvenanceFetcher fetcher;
    /**
     * The frames the filter matches, judged again as their rows change (told by the events below),
     * so counting them is not a walk over the dataset at every render. A reviewer's pass: the
     * frames nobody reviewed yet, until they choose otherwise (Ctrl+R).
     */
    private final MatchingFrames matching;
    // UI thread:
    private boolean reviewing;
    private String reviewer = "";

    ReviewService(SessionState state, NavigationService navigation, TeamWorkPort team, boolean offered,
            ThreadFactory threads) {
        this.state = Objects.requireNonNull(state, "state");
        this.navigation = Objects.requireNonNull(navigation, "navigation");
        this.team = Objects.requireNonNull(team, "team");
        this.offered = offered && state.sync instanceof VersionedSync;
        this.cache = new ProvenanceCache(state.frames.rowCount());
        this.fetcher = this.offered ? new ProvenanceFetcher(state, team, cache, threads) : null;
        this.matching = new MatchingFrames(state.frames, new ReviewFilter("", -1, true), this::judge);
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
        matching.reviewer(reviewer);
        state.queue.reviewWith(team);
        fetcher.loadAllInBackground();
    }

    @Override
    public ReviewFilter filter() {
        return matching.filter();
    }

    @Override
    public void setFilter(ReviewFilter chosen) {
        Objects.requireNonNull(chosen, "filter");
        if (chosen.tag() >= state.tags.size()) {
            throw new IllegalArgumentException("tag number " + chosen.tag() + " is outside 0.." + (state.tags.size() - 1));
        }
        matching.filter(chosen);
        if (loaded()) {
            matching.countAll();
        }
    }

    @Override
    public List<String> annotators() {
        return cache.annotators();
    }

    @Override
    public boolean loaded() {
        return offered && fetcher.loaded();
    }

    @Override
    public int matchingFrames() {
        return loaded() ? matching.count() : 0;
    }

    @Override
    public boolean matches(int frameNumber) {
        state.checkFrames(frameNumber, frameNumber);
        return loaded() && matching.matches(frameNumber);
    }

    @Override
    public boolean goToNextForReview() {
        if (!loaded()) {
            if (reviewing && !fetcher.loading()) {
                // The last load failed (server unreachable): try again.
                fetcher.loadAllInBackground();
            }
            return false;
        }
        int next = matching.nextAfter(state.cursor.frameNumber());
        if (next < 0) {
            return false;
        }
        navigation.goToFrame(next);
        return true;
    }

    @Override
    public void acceptFrame() {
        state.checkOpen();
        if (!reviewing) {
            throw new IllegalStateException("accepting a frame needs review mode (client setting role: reviewer)");
        }
        Frame frame = state.cursor.frame();
        for (RowRange open : notCorrectedHere(frame)) {
            for (Outgoing.Accept accept : ((VersionedSync) state.sync).acceptsFor(open.first(), open.last())) {
                // Queued first, marked after: see refetchIfDelivered.
                state.queue.enqueue(accept);
                cache.reviewedHere(accept.first(), accept.last(), shownName(), Review.ACCEPTED);
            }
        }
        refetchIfDelivered();
        state.events.provenanceChanged(frame.first(), frame.last());
        goToNextForReview();
    }

    /**
     * The frame's rows but those this reviewer corrected: the accept is for the rest, so the server
     * keeps the correction on record (an accept would replace it).
     */
    private List<RowRange> notCorrectedHere(Frame frame) {
        List<RowProvenance> known = cache.known(frame.first(), frame.last());
        List<RowRange> open = new ArrayList<>();
        int from = -1;
        for (int row = frame.first(); row <= frame.last() + 1; row++) {
            boolean corrected = row <= frame.last() && correctedHere(known.get(row - frame.first()));
            boolean free = row <= frame.last() && !corrected;
            if (free && from < 0) {
                from = row;
            } else if (!free && from >= 0) {
                open.add(new RowRange(from, row - 1));
                from = -1;
            }
        }
        return open;
    }

    private boolean correctedHere(RowProvenance row) {
        return row.review() == Review.CORRECTED && row.reviewedBy().equals(shownName());
    }

    /** How many times a frame was judged by the filter, for tests. */
    long filterEvaluations() {
        return matching.judged();
    }

    private boolean judge(int frameNumber, ReviewFilter filter, String reviewerName) {
        Frame frame = state.frames.frame(frameNumber);
        List<List<TagValue>> values = state.labels.withTable(table -> {
            List<List<TagValue>> out = new ArrayList<>(frame.cameras());
            for (int row = frame.first(); row <= frame.last(); row++) {
                out.add(table.values(row));
            }
            return out;
        });
        return filter.matches(cache.known(frame.first(), frame.last()), values, reviewerName);
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
            // Judged again when told of the provenance, which changed with the labels.
            state.events.provenanceChanged(first, last);
        } else {
            cache.changedHere(first, last);
            matching.rowsChanged(first, last);
        }
        refetchIfDelivered();
    }

    @Override
    public void labelsChangedByOthers(int first, int last) {
        matching.rowsChanged(first, last);
        fetcher.fetchInBackground(first, last);
    }

    /** Every change of the cache is told here: a fetched answer, an accept, a correction. */
    @Override
    public void provenanceChanged(int first, int last) {
        matching.rowsChanged(first, last);
    }

    /** The whole provenance is in: counted now, on the fetcher's thread, not at the next render. */
    @Override
    public void provenanceLoading(int rowsDone, int rowsTotal) {
        if (rowsDone == rowsTotal && loaded()) {
            matching.countAll();
        }
    }

    @Override
    public void pendingChanged(int pendingEdits) {
        if (pendingEdits == 0) {
            refetchIfDelivered();
        }
    }

    /**
     * Once the server has every edit, the rows given a verdict here are fetched again. Called when
     * the queue empties and after each verdict: an edit is queued before its verdict is marked, so
     * an edit delivered before its mark is caught by the call after the mark, and news of an empty
     * queue that is out of date by then finds the queue not empty.
     */
    private void refetchIfDelivered() {
        List<RowRange> delivered = cache.takeDelivered(() -> state.queue.pending() == 0);
        if (!delivered.isEmpty()) {
            fetcher.submit(() -> delivered.forEach(r -> fetcher.fetch(r.first(), r.last())));
        }
    }

    @Override
    public void reviewRefused(int first, int last, String message) {
        fetcher.fetchInBackground(first, last);
    }

    @Override
    public void connectionChanged(ConnectionState connection, int pendingEdits) {
        if (connection == ConnectionState.CLOSED) {
            fetcher.stop();
        }
    }

    private void want(int frameNumber) {
        if (offered) {
            fetcher.want(frameNumber);
        }
    }
}
