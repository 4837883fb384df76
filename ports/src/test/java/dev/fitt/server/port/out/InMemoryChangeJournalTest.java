package dev.fitt.server.port.out;

class InMemoryChangeJournalTest extends ChangeJournalContract {
    @Override
    protected ChangeJournalPort newJournal() {
        return new InMemoryChangeJournal();
    }

    @Override
    protected ChangeJournalPort reopen(ChangeJournalPort before) {
        return before;
    }
}
