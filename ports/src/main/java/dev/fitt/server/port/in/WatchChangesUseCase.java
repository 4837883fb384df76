package dev.fitt.server.port.in;

import dev.fitt.domain.AppliedChange;
import java.util.function.Consumer;

/**
 * Every applied change, in apply order, to a listener that must not block (it runs while the core
 * holds its lock: hand the change to a queue). Closing the returned handle stops the stream.
 */
public interface WatchChangesUseCase {
    AutoCloseable watch(Consumer<AppliedChange> listener);
}
