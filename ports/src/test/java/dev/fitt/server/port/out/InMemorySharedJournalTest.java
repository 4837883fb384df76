package dev.fitt.server.port.out;

import dev.fitt.domain.RecordedChange;
import java.util.List;

class InMemorySharedJournalTest extends SharedJournalContract {
    @Override
    protected SharedJournalPort newJournal() {
        return InMemorySharedJournal.over(DatasetFixture.small().rows().size());
    }

    @Override
    protected SharedJournalPort another(SharedJournalPort first) {
        return ((InMemorySharedJournal) first).another();
    }

    @Override
    protected void leaveBehind(SharedJournalPort journal, List<RecordedChange> changes) {
        ((InMemorySharedJournal) journal).leaveBehind(changes);
    }
}
