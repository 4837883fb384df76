package dev.fitt.server.port.in;

import dev.fitt.domain.Editor;
import dev.fitt.domain.TagChange;
import dev.fitt.ports.ChangeConflictException;
import dev.fitt.ports.ChangeRejectedException;

/**
 * Applies a change on behalf of a named annotator, so that provenance records who labelled the
 * rows and when, and live pushes can name them. Returns the change's version.
 */
public interface TagAsAnnotatorUseCase {
    /** Last writer wins (protocol v1). */
    long tag(TagChange change, Editor editor) throws ChangeRejectedException;

    /** Only if none of its rows changed after {@code basis} (see {@link TagIfCurrentUseCase}). */
    long tagIfCurrent(TagChange change, long basis, Editor editor)
            throws ChangeRejectedException, ChangeConflictException;
}
