package dev.fitt.application;

import dev.fitt.domain.TagChange;
import dev.fitt.ports.JournalException;
import dev.fitt.ports.out.ChangeJournalPort;
import dev.fitt.ports.out.JournalReplay;
import java.util.ArrayList;
import java.util.List;

/** An in-memory journal that keeps what a real one would, so tests can look inside. */
final class RecordingJournal implements ChangeJournalPort {
    final List<TagChange> kept = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();
    long durable;
    boolean failAppends;
    private long appended;
    private final List<Long> sequenceOfKept = new ArrayList<>();

    @Override
    public JournalReplay replay() {
        return new JournalReplay(kept, warnings);
    }

    @Override
    public synchronized long append(TagChange change) throws JournalException {
        if (failAppends) {
            throw new JournalException("disk full");
        }
        kept.add(change);
        sequenceOfKept.add(++appended);
        return appended;
    }

    @Override
    public synchronized void awaitDurable(long sequence) {
        durable = Math.max(durable, sequence);
    }

    @Override
    public synchronized long checkpoint() {
        return appended + 1;
    }

    @Override
    public synchronized void discardBefore(long checkpoint) {
        while (!sequenceOfKept.isEmpty() && sequenceOfKept.get(0) < checkpoint) {
            sequenceOfKept.remove(0);
            kept.remove(0);
        }
    }

    @Override
    public void close() {
    }
}
