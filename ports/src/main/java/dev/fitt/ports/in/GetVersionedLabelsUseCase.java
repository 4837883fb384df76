package dev.fitt.ports.in;

import dev.fitt.domain.VersionedLabels;

/** Labels with row versions, for clients that edit with conflict detection. */
public interface GetVersionedLabelsUseCase {
    VersionedLabels versionedLabels();
}
