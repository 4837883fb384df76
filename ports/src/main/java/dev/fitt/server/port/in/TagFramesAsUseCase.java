package dev.fitt.server.port.in;

import dev.fitt.domain.TagChange;
import dev.fitt.ports.ChangeRejectedException;

/**
 * Applies one tag change, last writer wins, on behalf of {@code origin} (a connection, a session),
 * so that watchers can tell whose change it was; returns the change's version.
 */
public interface TagFramesAsUseCase {
    long tag(TagChange change, String origin) throws ChangeRejectedException;
}
