package dev.fitt.client.service;

import dev.fitt.domain.TagChange;
import dev.fitt.client.port.in.ResolveConflictsUseCase;
import dev.fitt.client.port.in.SessionListener;
import java.util.List;

/** The annotator's decision on an edit the server refused as a conflict (versioned servers only). */
final class ConflictService implements ResolveConflictsUseCase {
    private final SessionState state;

    ConflictService(SessionState state) {
        this.state = state;
    }

    /**
     * Sends a conflicted edit again, based on the versions known now, and shows its values again;
     * it lands after everything sent before. {@code change} is one from
     * {@link SessionListener#editConflicted}; anything else is an IllegalArgumentException.
     */
    @Override
    public void reapply(TagChange change) {
        state.checkOpen();
        state.queue.enqueue(state.sync.reapply(change));
    }

    /**
     * Gives a conflicted edit up: at once it leaves {@link #undecided()}; its rows keep the local
     * values until the server's, fetched after everything queued before, replace them (fired as
     * {@link SessionListener#labelsChangedByOthers}).
     */
    @Override
    public void drop(TagChange change) {
        state.checkOpen();
        state.queue.enqueue(state.sync.drop(change));
    }

    @Override
    public List<TagChange> undecided() {
        return state.sync.conflicts();
    }
}
