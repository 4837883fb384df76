package dev.fitt.client.port.in;

import dev.fitt.domain.TagChange;
import java.util.List;

/**
 * What the user decides about an edit the server refused as a conflict (only servers with
 * versioned edits report conflicts). Until decided, the edit's rows keep showing the user's values.
 */
public interface ResolveConflictsUseCase {
    /** Edits refused as conflicts and not yet decided on, oldest first. */
    List<TagChange> undecided();

    /** Sends the edit again, now based on the labels as they are. */
    void reapply(TagChange change);

    /** Gives the edit up; the local labels take the server's values. */
    void drop(TagChange change);
}
