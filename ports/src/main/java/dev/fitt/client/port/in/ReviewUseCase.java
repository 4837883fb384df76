package dev.fitt.client.port.in;

import dev.fitt.domain.labelling.ReviewFilter;
import java.util.List;

/**
 * A reviewer's pass (client setting {@code role: "reviewer"}): stepping through frames labelled by
 * others that match a {@link ReviewFilter}, accepting a frame with one key, and correcting it by
 * editing its tags as usual. In review mode every edit (undo and redo included, and a conflicted
 * edit re-applied) goes to the server as a correction, which counts as reviewed; the original
 * annotator stays named as who labelled it. Calls on the UI thread.
 */
public interface ReviewUseCase {
    /** Whether this server can take a review: it offers team work and checks edits against versions. */
    boolean offered();

    boolean reviewing();

    /**
     * Review mode from now on, as {@code reviewer} (own frames never match the filter; empty when
     * the client has no name). Starts loading the whole dataset's provenance in the background
     * ({@link SessionListener#provenanceLoading}); the filter matches once it is loaded.
     *
     * @throws IllegalStateException when the server does not {@link #offered() offer} review
     */
    void startReviewing(String reviewer);

    /** Frames not yet reviewed (the review pass) until {@link #setFilter} chooses otherwise. */
    ReviewFilter filter();

    void setFilter(ReviewFilter filter);

    /** Names that labelled some frame, as far as the provenance is loaded, sorted. */
    List<String> annotators();

    /** Whether the whole dataset's provenance has been loaded. */
    boolean loaded();

    /** How many frames match the filter now; 0 until {@link #loaded()}. */
    int matchingFrames();

    /**
     * Whether frame {@code frameNumber} matches the filter now, judged as {@link #matchingFrames()}
     * and {@link #goToNextForReview()} judge it (a frame some cameras of which others labelled can
     * match); false until {@link #loaded()}.
     */
    boolean matches(int frameNumber);

    /** Moves to the next frame matching the filter, wrapping; false (no move) when none does or nothing is loaded yet. */
    boolean goToNextForReview();

    /**
     * Accepts the current frame as the reviewer sees it, then moves to the next matching frame.
     * Rows with an edit of the reviewer's still on its way are left out: that correction reviews
     * them; so are rows the reviewer corrected, whose correction stays on record. A correction of
     * some cameras reviews only those: the frame matches "not yet reviewed" until this accept. A conflict (someone changed the frame meanwhile) comes back as
     * {@link SessionListener#reviewRefused}, after the labels were fetched again.
     */
    void acceptFrame();
}
