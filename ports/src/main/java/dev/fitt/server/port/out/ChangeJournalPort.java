package dev.fitt.server.port.out;

import dev.fitt.domain.Attribution;
import dev.fitt.domain.TagChange;
import dev.fitt.ports.DatasetLoadException;
import dev.fitt.ports.JournalException;

/**
 * The write-ahead journal of accepted changes, so that no acknowledged change is ever lost:
 * a change is appended (under the core's lock, so journal order is apply order), then the caller
 * waits until it is on disk before acknowledging it. Waiting callers share one flush (group
 * commit). A save takes a checkpoint together with its snapshot and, once the snapshot is safely
 * stored, drops everything before that checkpoint.
 */
public interface ChangeJournalPort extends AutoCloseable {

    /** The changes recorded since the last completed save, in order; damage is reported, not hidden. */
    JournalReplay replay() throws DatasetLoadException;

    /** Records a change; returns its sequence number. Not yet durable. */
    long append(TagChange change) throws JournalException;

    /**
     * Records a change with who made it, so provenance survives a crash; returns its sequence
     * number. A journal that keeps no authors (a tool's, or none) records the change alone.
     */
    default long append(TagChange change, Attribution by) throws JournalException {
        return append(change);
    }

    /** Blocks until every change up to {@code sequence} is on disk. */
    void awaitDurable(long sequence) throws JournalException;

    /** Marks the point a snapshot is taken at; changes appended later belong to the next save. */
    long checkpoint() throws JournalException;

    /** The snapshot taken at {@code checkpoint} is stored: what came before it may go. */
    void discardBefore(long checkpoint) throws JournalException;

    @Override
    void close();
}
