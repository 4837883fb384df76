package dev.fitt.adapters.csv.journal;

import dev.fitt.domain.TagChange;
import dev.fitt.ports.DatasetLoadException;
import dev.fitt.ports.JournalException;
import dev.fitt.ports.out.ChangeJournalPort;
import dev.fitt.ports.out.JournalReplay;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The journal as numbered segment files beside the output CSV. Appends and checkpoints only touch
 * memory (they run under the core's lock, so they must be cheap). One flusher thread writes and
 * fsyncs whatever has been appended, over and over while there is something; every change
 * appended while a flush runs goes out with the next one (group commit), and each flush wakes all
 * its waiters at once. A checkpoint seals the buffer to the current segment and starts the next;
 * the flusher writes sealed buffers to their own segment before moving on.
 */
final class FileChangeJournal implements ChangeJournalPort {
    private static final int BUFFER = 64 * 1024;
    private static final long CLOSE_WAIT_SECONDS = 30;
    /**
     * When the last flush carried several changes, the flusher waits at most this long for as
     * many to be in before the next one: their writers are just getting their acknowledgement
     * and sending the next change. A lone writer never waits.
     */
    private static final long GATHER_NANOS = 100_000;

    /** Records waiting to be written to one segment. */
    private record Sealed(long segment, ByteBuffer records) {
    }

    private final JournalSegments segments;
    private final List<Long> segmentsAtStart;
    /** Guards the in-memory state below; never held during I/O. */
    private final ReentrantLock state = new ReentrantLock();
    private final Condition workArrived = state.newCondition();
    private final Condition becameDurable = state.newCondition();
    /** Held by whoever touches the file channel (the flusher, trimming, closing). */
    private final ReentrantLock io = new ReentrantLock();
    private final Thread flusher;

    // Guarded by state.
    private ByteBuffer pending = ByteBuffer.allocate(BUFFER);
    private long pendingSegment;
    private final List<Sealed> sealed = new ArrayList<>();
    private long appended;
    private long durable;
    private IOException failure;
    private boolean closing;
    private long lastBatch;

    // Guarded by io.
    private long channelSegment;
    private FileChannel channel;

    FileChangeJournal(Path outputFile) throws IOException {
        this.segments = new JournalSegments(outputFile);
        Files.createDirectories(segments.folder());
        this.segmentsAtStart = segments.existing();
        long last = segmentsAtStart.isEmpty() ? 0 : segmentsAtStart.get(segmentsAtStart.size() - 1);
        // A fresh segment: an old one may end in a torn record that must not be appended to.
        pendingSegment = last + 1;
        openChannel(pendingSegment);
        flusher = new Thread(this::flushLoop, "fitt-journal-flusher");
        flusher.setDaemon(true);
        flusher.start();
    }

    @Override
    public JournalReplay replay() throws DatasetLoadException {
        List<TagChange> changes = new ArrayList<>();
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
        int size = JournalRecordCodec.encodedSize(change);
        state.lock();
        try {
            if (failure != null || closing) {
                throw new JournalException(failure != null
                        ? "journal " + segments.folder() + " failed earlier: " + failure.getMessage()
                        : "the journal is closed");
            }
            if (pending.remaining() < size) {
                ByteBuffer bigger = ByteBuffer.allocate(Math.max(pending.capacity() * 2, pending.position() + size));
                pending.flip();
                bigger.put(pending);
                pending = bigger;
            }
            JournalRecordCodec.encode(change, pending);
            workArrived.signal();
            return ++appended;
        } finally {
            state.unlock();
        }
    }

    @Override
    public void awaitDurable(long sequence) throws JournalException {
        state.lock();
        try {
            while (durable < sequence && failure == null) {
                becameDurable.awaitUninterruptibly();
            }
            if (durable < sequence) {
                throw new JournalException("journal " + segments.segment(pendingSegment) + ": " + failure.getMessage(),
                        failure);
            }
        } finally {
            state.unlock();
        }
    }

    private void flushLoop() {
        while (true) {
            state.lock();
            try {
                while (appended == durable && sealed.isEmpty() && !closing) {
                    workArrived.awaitUninterruptibly();
                }
                if (closing && appended == durable && sealed.isEmpty()) {
                    return;
                }
                long gatherUntil = System.nanoTime() + GATHER_NANOS;
                while (!closing && lastBatch > 1 && appended - durable < lastBatch) {
                    long left = gatherUntil - System.nanoTime();
                    if (left <= 0) {
                        break;
                    }
                    try {
                        workArrived.awaitNanos(left);
                    } catch (InterruptedException e) {
                        // nobody interrupts the flusher; flush what there is
                        break;
                    }
                }
            } finally {
                state.unlock();
            }
            io.lock();
            try {
                flush();
            } catch (IOException e) {
                state.lock();
                try {
                    failure = e;
                    becameDurable.signalAll();
                } finally {
                    state.unlock();
                }
                return;
            } finally {
                io.unlock();
            }
        }
    }

    /** Writes every sealed and pending record to its segment and forces it; caller holds io. */
    private void flush() throws IOException {
        List<Sealed> batch;
        long upTo;
        state.lock();
        try {
            batch = new ArrayList<>(sealed);
            sealed.clear();
            pending.flip();
            batch.add(new Sealed(pendingSegment, pending));
            pending = ByteBuffer.allocate(BUFFER);
            upTo = appended;
        } finally {
            state.unlock();
        }
        for (Sealed part : batch) {
            if (part.segment() != channelSegment) {
                // Everything for the older segment is written: make it durable before moving on.
                channel.force(false);
                channel.close();
                openChannel(part.segment());
            }
            ByteBuffer records = part.records();
            while (records.hasRemaining()) {
                channel.write(records);
            }
        }
        channel.force(false);
        state.lock();
        try {
            lastBatch = upTo - durable;
            durable = Math.max(durable, upTo);
            becameDurable.signalAll();
        } finally {
            state.unlock();
        }
    }

    private void openChannel(long segment) throws IOException {
        channelSegment = segment;
        channel = FileChannel.open(segments.segment(segment),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    }

    /** Cheap: seals the buffer to the current segment and starts the next; no I/O under the core's lock. */
    @Override
    public long checkpoint() {
        state.lock();
        try {
            pending.flip();
            sealed.add(new Sealed(pendingSegment, pending));
            pending = ByteBuffer.allocate(BUFFER);
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
            if (channelSegment < checkpoint) {
                channel.close();
                openChannel(checkpoint);
            }
            for (long number : segments.existing()) {
                if (number < checkpoint) {
                    Files.deleteIfExists(segments.segment(number));
                }
            }
        } catch (IOException e) {
            throw new JournalException("cannot trim journal in " + segments.folder() + ": " + e.getMessage(), e);
        } finally {
            io.unlock();
        }
    }

    /** Writes what is still buffered, stops the flusher and closes the file. */
    @Override
    public void close() {
        state.lock();
        try {
            closing = true;
            workArrived.signal();
        } finally {
            state.unlock();
        }
        try {
            flusher.join(TimeUnit.SECONDS.toMillis(CLOSE_WAIT_SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        io.lock();
        try {
            channel.close();
        } catch (IOException e) {
            // Closing at shutdown: acknowledged changes were already forced; nothing more to save.
        } finally {
            io.unlock();
        }
    }
}
