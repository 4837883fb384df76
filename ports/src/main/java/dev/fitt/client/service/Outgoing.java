package dev.fitt.client.service;

import dev.fitt.domain.TagChange;
import java.util.Objects;

/** What waits in the edit queue for the server, in the order the annotator caused it. */
sealed interface Outgoing {
    /** A change sent as is (protocol v1: last writer wins). */
    record Change(TagChange change) implements Outgoing {
        public Change {
            Objects.requireNonNull(change, "change");
        }
    }

    /** A change the server checks against its basis; {@code ticket} names it in {@link VersionedAnswers}. */
    record VersionedChange(TagChange change, long ticket) implements Outgoing {
        public VersionedChange {
            Objects.requireNonNull(change, "change");
        }
    }

    /** A change the server cannot express (v1 has no "unlabelled"); shown locally, never queued. */
    record KeptLocal(TagChange change) implements Outgoing {
        public KeptLocal {
            Objects.requireNonNull(change, "change");
        }
    }

    /**
     * A reviewer's accept of rows {@code first..last} as labelled at {@code basis}, the newest
     * version the reviewer had seen on them.
     */
    record Accept(int first, int last, long basis) implements Outgoing {
        public Accept {
            if (first < 0 || last < first) {
                throw new IllegalArgumentException("rows " + first + ".." + last + " are not a range");
            }
        }
    }

    /** A save ordered after the changes before it. */
    record Save() implements Outgoing {
    }

    /** Fetches the versioned labels to catch up on changes the client may have missed. */
    record Reload() implements Outgoing {
    }

    /** Asks whether the server is still there; never queued, sent while the queue has been idle a while. */
    record Heartbeat() implements Outgoing {
    }
}
