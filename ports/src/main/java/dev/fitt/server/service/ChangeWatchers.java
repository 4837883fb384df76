package dev.fitt.server.service;

import dev.fitt.domain.AppliedChange;
import dev.fitt.domain.TagChange;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** Who is told of every applied change (live pushes to other annotators). */
final class ChangeWatchers {
    private static final System.Logger LOG = System.getLogger(TaggingService.class.getName());

    private final List<Consumer<AppliedChange>> watchers = new CopyOnWriteArrayList<>();

    AutoCloseable add(Consumer<AppliedChange> listener) {
        Objects.requireNonNull(listener, "listener");
        watchers.add(listener);
        return () -> watchers.remove(listener);
    }

    /** Caller holds the state's lock, so watchers see changes in apply order. */
    void notifyLocked(TagChange change, long version, String origin, String annotator) {
        if (!watchers.isEmpty()) {
            AppliedChange applied = new AppliedChange(version, change, origin, annotator);
            for (Consumer<AppliedChange> watcher : watchers) {
                try {
                    watcher.accept(applied);
                } catch (RuntimeException e) {
                    // One broken subscriber must not undo or block an applied change for everyone.
                    LOG.log(Level.ERROR, "a change watcher failed", e);
                }
            }
        }
    }
}
