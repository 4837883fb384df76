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
import java.util.concurrent.locks.ReentrantLock;

/**
 * The journal as numbered segment files beside the output CSV. Appends go to a memory buffer
 * (cheap, under the core's lock); {@link #awaitDurable} writes and fsyncs that buffer, and every
 * caller that arrives while a flush runs is covered by the next one: group commit.
 */
final class FileChangeJournal implements ChangeJournalPort {
    private final JournalSegments segments;
    private final List<Long> segmentsAtStart;
    private final ReentrantLock flushLock = new ReentrantLock();
    /** Guarded by this. */
    private ByteBuffer pending = ByteBuffer.allocate(64 * 1024);
    /** Guarded by this. */
    private long appended;
    /** Written only under flushLock. */
    private volatile long durable;
    /** Guarded by flushLock. */
    private long currentSegment;
    /** Guarded by flushLock. */
    private FileChannel channel;

    FileChangeJournal(Path outputFile) throws IOException {
        this.segments = new JournalSegments(outputFile);
        Files.createDirectories(segments.folder());
        this.segmentsAtStart = segments.existing();
        long last = segmentsAtStart.isEmpty() ? 0 : segmentsAtStart.get(segmentsAtStart.size() - 1);
        // A fresh segment: an old one may end in a torn record that must not be appended to.
        openSegment(last + 1);
    }

    private void openSegment(long number) throws IOException {
        currentSegment = number;
        channel = FileChannel.open(segments.segment(number),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
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
    public synchronized long append(TagChange change) {
        int size = JournalRecordCodec.encodedSize(change);
        if (pending.remaining() < size) {
            ByteBuffer bigger = ByteBuffer.allocate(Math.max(pending.capacity() * 2, pending.position() + size));
            pending.flip();
            bigger.put(pending);
            pending = bigger;
        }
        JournalRecordCodec.encode(change, pending);
        return ++appended;
    }

    @Override
    public void awaitDurable(long sequence) throws JournalException {
        if (durable >= sequence) {
            return;
        }
        flushLock.lock();
        try {
            if (durable >= sequence) {
                return;
            }
            flushPending(true);
        } catch (IOException e) {
            throw new JournalException("journal " + segments.segment(currentSegment) + ": " + e.getMessage(), e);
        } finally {
            flushLock.unlock();
        }
    }

    /** Writes what is buffered to the current segment; caller holds flushLock. */
    private void flushPending(boolean force) throws IOException {
        ByteBuffer batch;
        long upTo;
        synchronized (this) {
            batch = pending;
            batch.flip();
            upTo = appended;
            pending = ByteBuffer.allocate(Math.max(64 * 1024, batch.capacity() / 2));
        }
        while (batch.hasRemaining()) {
            channel.write(batch);
        }
        if (force) {
            channel.force(false);
        }
        durable = upTo;
    }

    @Override
    public long checkpoint() throws JournalException {
        flushLock.lock();
        try {
            flushPending(true);
            channel.close();
            openSegment(currentSegment + 1);
            return currentSegment;
        } catch (IOException e) {
            throw new JournalException("cannot start journal segment " + segments.segment(currentSegment + 1)
                    + ": " + e.getMessage(), e);
        } finally {
            flushLock.unlock();
        }
    }

    @Override
    public void discardBefore(long checkpoint) throws JournalException {
        try {
            for (long number : segments.existing()) {
                if (number < checkpoint) {
                    Files.deleteIfExists(segments.segment(number));
                }
            }
        } catch (IOException e) {
            throw new JournalException("cannot trim journal in " + segments.folder() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        flushLock.lock();
        try {
            flushPending(true);
            channel.close();
        } catch (IOException e) {
            // Closing at shutdown: acknowledged changes were already forced; nothing more to save.
        } finally {
            flushLock.unlock();
        }
    }
}
