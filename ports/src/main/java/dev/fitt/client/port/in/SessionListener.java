package dev.fitt.client.port.in;

import dev.fitt.domain.Frame;
import dev.fitt.domain.TagChange;

/**
 * What the UI is told. Frame and label events come on the thread that called the session (the
 * UI thread); connection, save and rejection events come from the background sender, and
 * pending-count events from either, so a Swing listener must hop to the event thread. Every
 * method has an empty default.
 */
public interface SessionListener {
    default void frameChanged(int frameNumber, Frame frame, int activeCamera) {
    }

    /** Rows {@code first..last} (display indices) have new values; counters may have changed. */
    default void labelsChanged(int first, int last) {
    }

    default void connectionChanged(ConnectionState state, int pendingEdits) {
    }

    /** The number of edits and saves not yet confirmed by the server changed. */
    default void pendingChanged(int pendingEdits) {
    }

    default void saveCompleted() {
    }

    default void saveFailed(String message) {
    }

    /**
     * A change the server cannot be told: a v1 server has no "unlabelled", so an undo back to
     * unlabelled stays in this session and the server keeps its values for those rows.
     */
    default void editKeptLocal(TagChange change) {
    }

    /** The server refused a change; it was dropped and the local labels may now differ. */
    default void editRejected(TagChange change, String message) {
    }

    /**
     * Another annotator changed rows {@code first..last} (display indices); the new values are
     * already in the session. The UI shows it at once with a brief highlight. Comes from a
     * background thread. Also fired when the server's values replace an edit of ours the server
     * refused or the user dropped, or that lost to a newer edit by someone else.
     */
    default void labelsChangedByOthers(int first, int last) {
    }

    /**
     * A change was based on rows someone else had changed meanwhile and was not applied by the
     * server. The UI shows it and lets the user re-apply or drop it
     * ({@code ResolveConflictsUseCase}). Comes from a background thread.
     */
    default void editConflicted(TagChange change, String message) {
    }

    /**
     * Who labelled or reviewed rows {@code first..last} is newly known
     * ({@link FrameProvenanceUseCase}). Comes from a background thread.
     */
    default void provenanceChanged(int first, int last) {
    }

    /**
     * The whole dataset's provenance is loading for review: {@code rowsDone} of {@code rowsTotal};
     * equal when done. Comes from a background thread.
     */
    default void provenanceLoading(int rowsDone, int rowsTotal) {
    }

    /**
     * The server refused to record a review verdict on rows {@code first..last} (someone changed
     * them after the reviewer saw them: the labels are fetched again first). Comes from a
     * background thread.
     */
    default void reviewRefused(int first, int last, String message) {
    }

    /**
     * The clips assigned to this annotator, or the choice between them and all clips, changed
     * ({@code MyClipsUseCase}): the walk, the slider and the progress count may differ. Comes from a
     * background thread when the server told new assignments.
     */
    default void myClipsChanged() {
    }
}
