package dev.fitt.ports.in.client;

import dev.fitt.domain.TagChange;

/** What the user decides about an edit the server refused as a conflict. */
public interface ResolveConflictsUseCase {
    /** Sends the edit again, now based on the labels as they are. */
    void reapply(TagChange change);

    /** Gives the edit up; the local labels take the server's values. */
    void drop(TagChange change);
}
