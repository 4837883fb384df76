package dev.fitt.server.port.in;

import dev.fitt.domain.TagChange;
import dev.fitt.ports.ChangeConflictException;
import dev.fitt.ports.ChangeRejectedException;

/**
 * Applies a change only if none of its rows changed after {@code basis}, the newest row version
 * the editor had seen; returns the change's version. No silent overwrite of others' work.
 */
public interface TagIfCurrentUseCase {
    long tagIfCurrent(TagChange change, long basis, String origin)
            throws ChangeRejectedException, ChangeConflictException;
}
