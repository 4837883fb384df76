package dev.fitt.server.service;

import dev.fitt.domain.TagChange;
import dev.fitt.server.port.out.ChangeJournalPort;
import dev.fitt.server.port.out.JournalReplay;

/** A journal that keeps nothing: for tests and tools that need no durability between saves. */
public final class NoJournal implements ChangeJournalPort {
    private long sequence;

    @Override
    public JournalReplay replay() {
        return JournalReplay.empty();
    }

    @Override
    public synchronized long append(TagChange change) {
        return ++sequence;
    }

    @Override
    public void awaitDurable(long sequence) {
        // nothing is kept, so there is nothing to wait for
    }

    @Override
    public synchronized long checkpoint() {
        return sequence;
    }

    @Override
    public void discardBefore(long checkpoint) {
        // nothing is kept
    }

    @Override
    public void close() {
        // nothing to release
    }
}
