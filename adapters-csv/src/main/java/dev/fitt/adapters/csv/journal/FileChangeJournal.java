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
 * The journal as numbered segment files beside the output CSV. Appends and checkpoints only touch
 * memory (they run under the core's lock, so they must be cheap); {@link #awaitDurable} writes and
 * fsyncs whatever is buffered, and every caller that arrives while a flush runs is covered by the
 * next one: group commit. A checkpoint seals the buffer to the current segment and starts the
 * next; the flusher writes sealed buffers to their own segment before moving on.
 */
final class FileChangeJournal implements ChangeJournalPort {
    private static final int BUFFER = 64 * 1024;

    /** Records waiting to be written to one segment. */
    private record Sealed(long segment, ByteBuffer records) {
    }

    private final JournalSegments segments;
    private final List<Long> segmentsAtStart;
    private final ReentrantLock flushLock = new ReentrantLock();
    /** Guarded by this. */
    private ByteBuffer pending = ByteBuffer.allocate(BUFFER);
    /** Guarded by this: the segment that {@link #pending} belongs to. */
    private long pendingSegment;
    /** Guarded by this. */
    private final List<Sealed> sealed = new ArrayList<>();
    /** Guarded by this. */
    private long appended;
    /** Written only under flushLock. */
    private volatile long durable;
    /** Guarded by flushLock. */
    private long channelSegment;
    /** Guarded by flushLock. */
    private FileChannel channel;

    FileChangeJournal(Path outputFile) throws IOException {
        this.segments = new JournalSegments(outputFile);
        Files.createDirectories(segments.folder());
        this.segmentsAtStart = segments.existing();
        long last = segmentsAtStart.isEmpty() ? 0 : segmentsAtStart.get(segmentsAtStart.size() - 1);
        // A fresh segment: an old one may end in a torn record that must not be appended to.
        pendingSegment = last + 1;
        openChannel(pendingSegment);
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
            flush();
        } catch (IOException e) {
            throw new JournalException("journal " + segments.segment(channelSegment) + ": " + e.getMessage(), e);
        } finally {
            flushLock.unlock();
        }
    }

    /** Writes every sealed and pending record to its segment and forces it; caller holds flushLock. */
    private void flush() throws IOException {
        List<Sealed> batch;
        long upTo;
        synchronized (this) {
            batch = new ArrayList<>(sealed);
            sealed.clear();
            pending.flip();
            batch.add(new Sealed(pendingSegment, pending));
            pending = ByteBuffer.allocate(BUFFER);
            upTo = appended;
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
        durable = upTo;
    }

    private void openChannel(long segment) throws IOException {
        channelSegment = segment;
        channel = FileChannel.open(segments.segment(segment),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    }

    /** Cheap: seals the buffer to the current segment and starts the next; no I/O under the core's lock. */
    @Override
    public synchronized long checkpoint() {
        pending.flip();
        sealed.add(new Sealed(pendingSegment, pending));
        pending = ByteBuffer.allocate(BUFFER);
        pendingSegment++;
        return pendingSegment;
    }

    @Override
    public void discardBefore(long checkpoint) throws JournalException {
        flushLock.lock();
        try {
            synchronized (this) {
                // Records of discarded segments are in the saved CSV: no need to write them at all.
                sealed.removeIf(part -> part.segment() < checkpoint);
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
            flushLock.unlock();
        }
    }

    @Override
    public void close() {
        flushLock.lock();
        try {
            flush();
            channel.close();
        } catch (IOException e) {
            // Closing at shutdown: acknowledged changes were already forced; nothing more to save.
        } finally {
            flushLock.unlock();
        }
    }
}
