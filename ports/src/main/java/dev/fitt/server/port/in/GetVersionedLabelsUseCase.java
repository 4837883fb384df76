package dev.fitt.server.port.in;

import dev.fitt.domain.VersionedLabels;

/**
 * Labels with row versions, for clients that edit with conflict detection. Readers between two
 * changes may be handed the same row version array: read it, never write to it.
 */
public interface GetVersionedLabelsUseCase {
    VersionedLabels versionedLabels();
}
