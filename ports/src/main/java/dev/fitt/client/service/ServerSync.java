package dev.fitt.client.service;

import dev.fitt.domain.TagChange;
import dev.fitt.domain.TagValue;
import java.util.List;

/**
 * How the session keeps its labels in step with the server: {@link LastWriterWins} for a v1
 * server, {@link VersionedSync} when the server checks edits against row versions and pushes
 * others' changes. Called on the UI thread.
 */
interface ServerSync {
    /** Applies the annotator's change to the local labels and returns what to send for it. */
    Outgoing applyLocal(TagChange change);

    /** A conflicted change to send again, now based on the versions as they are. */
    Outgoing reapply(TagChange change);

    /**
     * Gives a conflicted change up; the returned item fetches the server's values, which then
     * replace it (firing {@code labelsChangedByOthers}).
     */
    Outgoing drop(TagChange change);

    /** The server's values of row {@code row} as far as known; caller holds no lock. */
    List<TagValue> serverValues(int row);

    /**
     * Who made the server's values of row {@code row}, as the server said in its pushes; empty when
     * unknown (a v1 server, a server that names nobody, our own change, a value from a reload).
     */
    default String serverAuthor(int row) {
        return "";
    }

    /** Conflicted changes waiting for the annotator, in edit order. */
    List<TagChange> conflicts();
}
