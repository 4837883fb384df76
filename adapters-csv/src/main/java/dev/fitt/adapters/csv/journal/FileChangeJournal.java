package dev.fitt.adapters.csv.journal;

import dev.fitt.adapters.csv.journal.SegmentWriter.Sealed;
import dev.fitt.domain.Attribution;
import dev.fitt.domain.RecordedChange;
import dev.fitt.domain.TagChange;
import dev.fitt.ports.DatasetLoadException;
import dev.fitt.ports.JournalException;
import dev.fitt.server.port.out.ChangeJournalPort;
import dev.fitt.server.port.out.GroupCommit;
import dev.fitt.server.port.out.JournalReplay;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The journal as numbered segment files beside the output CSV. Appends and checkpoints only touch
 * memory (they run under the core's lock, so they must be cheap). Whoever waits for a change may
 * flush it, for everybody ({@link GroupCommit}); changes appended during a flush go out with the
 * next one. A checkpoint seals the buffer to the current segment and starts the next; a flush
 * writes sealed buffers to their own segment before moving on.
 * <p>
 * When the disk refuses a flush (full, or an I/O error), the records it carried are kept, in
 * order, for the next flush, and the changes are reported to their waiters as not durable. Every
 * later change tries again, writing from the last successful sync at the same place, so once the
 * disk takes writes again everything kept is written once, in order, and the journal goes on by
 * itself. The log says so once when it starts failing and once when it works again.
 */
final class FileChangeJournal implements ChangeJournalPort {
    private static final int BUFFER = 64 * 1024;
    /**
     * The longest a flush waits for writers to come back ({@link #gather()}); normally the last
     * of them wakes it much sooner. Only a writer that went away makes a flush wait this long.
     */
    private static final long GATHER_NANOS = 200_000;

    private final JournalSegments segments;
    private final List<Long> segmentsAtStart;
    private final GroupCommit<IOException> commit = new GroupCommit<>(IOException.class);
    /** Guards the in-memory state below; never held during I/O. */
    private final ReentrantLock state = new ReentrantLock();
    private final Condition appendedMore = state.newCondition();
    /** Held by whoever touches the segment file (the flushing thread, trimming, closing). */
    private final ReentrantLock io = new ReentrantLock();
    private final SegmentWriter writer;
    private final FlushFailureLog failures;

    // Guarded by state.
    private ByteBuffer pending = ByteBuffer.allocate(BUFFER);
    /**
     * The buffer of the last flush, emptied for the next: thousands of flushes a second must not
     * each leave a buffer behind for the collector (that made young collections frequent under load).
     */
    private ByteBuffer spare;
    private long pendingSegment;
    private final List<Sealed> sealed = new ArrayList<>();
    private long appended;
    private boolean closing;
    /** Changes the last flush carried. */
    private long lastBatch;
    /** {@code appended} when the last flush ended. */
    private long appendedAtLastFlushEnd;
    /** The gathering flush wants to be woken when {@code appended} reaches this. */
    private long gatherTarget = Long.MAX_VALUE;


    FileChangeJournal(Path outputFile, FileLayer files) throws IOException {
        this.segments = new JournalSegments(outputFile);
        Files.createDirectories(segments.folder());
        this.segmentsAtStart = segments.existing();
        long last = segmentsAtStart.isEmpty() ? 0 : segmentsAtStart.get(segmentsAtStart.size() - 1);
        // A fresh segment: an old one may end in a torn record that must not be appended to.
        pendingSegment = last + 1;
        writer = new SegmentWriter(segments, files, pendingSegment);
        failures = new FlushFailureLog(segments.folder());
    }

    @Override
    public JournalReplay replay() throws DatasetLoadException {
        List<RecordedChange> changes = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (long number : segmentsAtStart) {
            Path segment = segments.segment(number);
            try {
                SegmentReader.read(segment, changes, warnings);
            } catch (IOException e) {
                throw new DatasetLoadException("cannot read journal " + segment + ": " + e.getMessage(), e);
            }
        }
        return new JournalReplay(changes, warnings);
    }

    @Override
    public long append(TagChange change) throws JournalException {
        return append(change, Attribution.UNKNOWN);
    }

    @Override
    public long append(TagChange change, Attribution by) throws JournalException {
        int size = JournalRecordCodec.encodedSize(change, by);
        state.lock();
        try {
            if (closing) {
                throw new JournalException("the journal is closed");
            }
            if (pending.remaining() < size) {
                ByteBuffer bigger = ByteBuffer.allocate(Math.max(pending.capacity() * 2, pending.position() + size));
                pending.flip();
                bigger.put(pending);
                pending = bigger;
            }
            JournalRecordCodec.encode(change, by, pending);
            if (++appended >= gatherTarget) {
                appendedMore.signal();
            }
            return appended;
        } finally {
            state.unlock();
        }
    }

    @Override
    public void awaitDurable(long sequence) throws JournalException {
        try {
            commit.await(sequence, this::flush);
        } catch (IOException e) {
            throw new JournalException("journal " + segments.folder() + ": " + FlushFailureLog.describe(e), e);
        }
    }

    /**
     * One flush, by the thread that leads it: waits briefly for the writers of the last flush
     * ({@link #gather()}), takes everything appended so far, then writes and syncs it without
     * holding {@code state}.
     */
    private long flush() throws GroupCommit.FlushFailed {
        List<Sealed> batch;
        long upTo;
        state.lock();
        try {
            gather();
            batch = new ArrayList<>(sealed);
            sealed.clear();
            pending.flip();
            batch.add(new Sealed(pendingSegment, pending));
            pending = emptyBuffer();
            upTo = appended;
            lastBatch = upTo - commit.durable();
        } finally {
            state.unlock();
        }
        io.lock();
        try {
            writer.write(batch);
            failures.wrote(upTo);
        } catch (IOException e) {
            keepForNextFlush(batch);
            failures.failed(commit.durable(), e);
            throw new GroupCommit.FlushFailed(upTo, e);
        } finally {
            io.unlock();
        }
        state.lock();
        try {
            appendedAtLastFlushEnd = appended;
            ByteBuffer written = batch.get(batch.size() - 1).records();
            if (spare == null && written.capacity() == BUFFER) {
                spare = written;
            }
        } finally {
            state.unlock();
        }
        return upTo;
    }

    /**
     * Puts the records of a failed flush back in front of what was appended since, to be written
     * again from the start: those for the segment being written and later ones. Records for older
     * segments were made durable when their segment was closed. Caller holds {@code io}.
     */
    private void keepForNextFlush(List<Sealed> batch) {
        List<Sealed> again = compact(writer.toWriteAgain(batch));
        state.lock();
        try {
            sealed.addAll(0, again);
        } finally {
            state.unlock();
        }
    }

    /**
     * The records kept for the next flush, in buffers they fill: while the disk refuses, every flush
     * carries a few changes in a buffer of {@link #BUFFER} bytes, and keeping each whole ran a
     * server's heap out in seconds of refusals. Adjacent parts of one segment are joined up to
     * {@link #BUFFER} bytes; those kept before are joined already, so a failure copies only its own
     * records (and at most one buffer's worth with them).
     */
    static List<Sealed> compact(List<Sealed> parts) {
        List<Sealed> kept = new ArrayList<>(parts.size());
        for (Sealed part : parts) {
            ByteBuffer records = part.records();
            Sealed last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
            if (last != null && last.segment() == part.segment()
                    && last.records().remaining() + records.remaining() <= BUFFER) {
                ByteBuffer joined = ByteBuffer.allocate(last.records().remaining() + records.remaining());
                joined.put(last.records().duplicate()).put(records.duplicate()).flip();
                kept.set(kept.size() - 1, new Sealed(part.segment(), joined));
            } else if (records.capacity() > records.remaining()) {
                ByteBuffer exact = ByteBuffer.allocate(records.remaining());
                exact.put(records.duplicate()).flip();
                kept.add(new Sealed(part.segment(), exact));
            } else {
                kept.add(part);
            }
        }
        return kept;
    }

    /** Bytes of buffers held for the next flush, for tests: they must follow the records, not the flushes. */
    long heldForNextFlush() {
        state.lock();
        try {
            return sealed.stream().mapToLong(part -> part.records().capacity()).sum();
        } finally {
            state.unlock();
        }
    }

    /** Caller holds {@code state}. */
    private ByteBuffer emptyBuffer() {
        ByteBuffer reused = spare;
        spare = null;
        return reused != null ? reused.clear() : ByteBuffer.allocate(BUFFER);
    }

    /**
     * Waits until the writers of the last flush have sent their next change, so that they share
     * this flush instead of splitting into two groups that take turns (each flush would then carry
     * half of them). Those writers are: the ones the last flush carried, and the ones whose changes
     * arrived while it ran. A lone writer never waits. Caller holds {@code state}.
     */
    private void gather() {
        long durable = commit.durable();
        long writers = lastBatch + (appendedAtLastFlushEnd - durable);
        long target = durable + writers;
        if (closing || writers <= 1 || appended >= target) {
            return;
        }
        gatherTarget = target;
        long until = System.nanoTime() + GATHER_NANOS;
        boolean interrupted = false;
        try {
            while (appended < target) {
                long left = until - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                appendedMore.awaitNanos(left);
            }
        } catch (InterruptedException e) {
            // Flush what there is now; the interrupt stays for the caller to see.
            interrupted = true;
        } finally {
            gatherTarget = Long.MAX_VALUE;
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Cheap: seals the buffer to the current segment and starts the next; no I/O under the core's lock. */
    @Override
    public long checkpoint() {
        state.lock();
        try {
            pending.flip();
            sealed.add(new Sealed(pendingSegment, pending));
            pending = emptyBuffer();
            pendingSegment++;
            return pendingSegment;
        } finally {
            state.unlock();
        }
    }

    @Override
    public void discardBefore(long checkpoint) throws JournalException {
        io.lock();
        try {
            state.lock();
            try {
                // Records of discarded segments are in the saved CSV: no need to write them at all.
                sealed.removeIf(part -> part.segment() < checkpoint);
            } finally {
                state.unlock();
            }
            writer.trimBefore(checkpoint);
        } catch (IOException e) {
            throw new JournalException("cannot trim journal in " + segments.folder() + ": "
                    + FlushFailureLog.describe(e), e);
        } finally {
            io.unlock();
        }
    }

    /** Writes what is still buffered (after any flush under way) and closes the file. */
    @Override
    public void close() {
        long last;
        state.lock();
        try {
            closing = true;
            last = appended;
        } finally {
            state.unlock();
        }
        try {
            commit.await(last, this::flush);
        } catch (IOException e) {
            // Already reported to whoever waited for these changes; nothing unacknowledged is owed.
        }
        io.lock();
        try {
            writer.close();
        } catch (IOException e) {
            // Closing at shutdown: acknowledged changes were already synced; nothing more to save.
        } finally {
            io.unlock();
        }
    }
}
