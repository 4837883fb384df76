package dev.fitt.server.port.in;

import dev.fitt.domain.Editor;
import dev.fitt.domain.TagChange;
import dev.fitt.ports.ChangeConflictException;
import dev.fitt.ports.ChangeRejectedException;

/**
 * A reviewer's verdict on rows (a frame, usually): accepted as labelled, or corrected. Both are
 * refused as a conflict when the rows changed after {@code basis}, the newest row version the
 * reviewer had seen: a verdict on labels the reviewer never saw would be a false record.
 */
public interface ReviewFramesUseCase {
    /** Records the rows as reviewed and accepted; their labels stay. Returns the verdict's version. */
    long accept(int first, int last, long basis, Editor reviewer) throws ChangeRejectedException,
            ChangeConflictException;

    /** Applies the reviewer's labels; the rows count as reviewed and corrected. Returns the change's version. */
    long correct(TagChange change, long basis, Editor reviewer) throws ChangeRejectedException,
            ChangeConflictException;
}
