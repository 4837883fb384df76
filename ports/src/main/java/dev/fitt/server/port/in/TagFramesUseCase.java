package dev.fitt.server.port.in;

import dev.fitt.domain.TagChange;
import dev.fitt.ports.ChangeRejectedException;

/** Applies one tag change (a row, a frame, a clip or any range) atomically. */
public interface TagFramesUseCase {
    void tag(TagChange change) throws ChangeRejectedException;
}
