package dev.fitt.server.port.out;

import dev.fitt.domain.Attribution;
import dev.fitt.domain.RecordedChange;
import dev.fitt.domain.TagChange;
import dev.fitt.ports.JournalException;
import java.util.ArrayList;
import java.util.List;

/**
 * A journal in memory that keeps what a real one would across a "restart" (the same instance),
 * so tests can look inside and make appends, or making changes durable, fail.
 */
public final class InMemoryChangeJournal implements ChangeJournalPort {
    private final List<RecordedChange> kept = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private long durable;
    private boolean failAppends;
    private boolean failDurability;
    private long appended;
    private final List<Long> sequenceOfKept = new ArrayList<>();

    @Override
    public synchronized JournalReplay replay() {
        return new JournalReplay(kept, warnings);
    }

    /** What a replay would give now. */
    public synchronized List<TagChange> kept() {
        return kept.stream().map(RecordedChange::change).toList();
    }

    /** Puts changes in, as if a crashed run had left them. */
    public synchronized void keep(TagChange change) {
        kept.add(new RecordedChange(change, Attribution.UNKNOWN));
        sequenceOfKept.add(++appended);
    }

    public synchronized long durable() {
        return durable;
    }

    public synchronized void failAppends() {
        failAppends = true;
    }

    /** From now on changes are recorded but cannot be made durable: the disk refuses the flush. */
    public synchronized void failDurability() {
        failDurability = true;
    }

    @Override
    public synchronized long append(TagChange change) throws JournalException {
        return append(change, Attribution.UNKNOWN);
    }

    @Override
    public synchronized long append(TagChange change, Attribution by) throws JournalException {
        if (failAppends) {
            throw new JournalException("disk full");
        }
        kept.add(new RecordedChange(change, by));
        sequenceOfKept.add(++appended);
        return appended;
    }

    @Override
    public synchronized void awaitDurable(long sequence) throws JournalException {
        if (failDurability) {
            throw new JournalException("disk full");
        }
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
