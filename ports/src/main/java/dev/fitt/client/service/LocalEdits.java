package dev.fitt.client.service;

import dev.fitt.domain.TagChange;
import dev.fitt.domain.labelling.LabelEdit;
import java.util.List;

/**
 * The one path of every edit, whichever use case makes it: recorded for undo as a command
 * ({@link LabelEdit}), applied to the local labels at once, told to the UI, handed to the
 * {@link EditQueue} and counted towards autosave. The UI never waits for the network.
 */
final class LocalEdits {
    private final SessionState state;

    LocalEdits(SessionState state) {
        this.state = state;
    }

    /** A new edit, undoable. */
    void edit(List<TagChange> changes) {
        state.checkOpen();
        int frame = state.cursor.frameNumber();
        // Captured for undo and applied in one step, so no change by someone else slips between.
        List<Outgoing> items = state.labels.withTable(table -> {
            state.history.record(LabelEdit.capture(frame, changes, table));
            return applyLocal(changes);
        });
        send(changes, items);
    }

    /** An edit undone or redone: applied and sent like a new one, not recorded again. */
    void replay(List<TagChange> changes) {
        state.checkOpen();
        send(changes, state.labels.withTable(table -> applyLocal(changes)));
    }

    /** Applies locally; returns what to send. The caller holds the labels' lock (it is reentrant). */
    private List<Outgoing> applyLocal(List<TagChange> changes) {
        return changes.stream().map(state.sync::applyLocal).toList();
    }

    /** Queues for the server what {@link #applyLocal} gave, tells the UI, and counts towards autosave. */
    private void send(List<TagChange> changes, List<Outgoing> items) {
        for (int i = 0; i < changes.size(); i++) {
            TagChange change = changes.get(i);
            if (items.get(i) instanceof Outgoing.KeptLocal) {
                state.events.editKeptLocal(change);
            } else {
                state.queue.enqueue(items.get(i));
            }
            state.events.labelsChanged(change.first(), change.last());
        }
        if (state.autosave.countEdit()) {
            state.queue.enqueueSave();
        }
    }
}
