package dev.fitt.application.client;

import dev.fitt.domain.TagChange;
import java.util.Objects;

/** What waits in the edit queue for the server: a change, or a save ordered after the changes before it. */
sealed interface Outgoing {
    record Change(TagChange change) implements Outgoing {
        public Change {
            Objects.requireNonNull(change, "change");
        }
    }

    record Save() implements Outgoing {
    }
}
