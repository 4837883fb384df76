package dev.fitt.adapters.csv.journal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * One journal segment open for writing. Three choices here are about the speed of a durable change:
 * <ul>
 *   <li>The file is grown ahead of the records with written zeros, so most flushes overwrite
 *       blocks that already belong to the file: its size does not change, and the sync has no
 *       metadata to commit, which makes each sync cheaper (docs/BENCHMARKS.md). Zeros,
 *       not a sparse hole, because writing into unwritten extents is a metadata change again. The
 *       first step is small so that the many short segments of a server that saves often stay
 *       small; each step doubles up to {@link #MAX_STEP}.</li>
 *   <li>The sync is {@code fdatasync} ({@code force(false)}), not {@code fsync}: a changed
 *       modification time alone does not make it wait for a file-system journal commit, which
 *       during a save must first write out the new CSV (tens of milliseconds at a million rows).</li>
 *   <li>Whoever waits for a change may do the flush (see {@link GroupCommit}), and connection
 *       threads do get interrupted; an interrupt closes a {@code FileChannel}. So every operation
 *       clears a pending interrupt first, and one that an interrupt cuts short reopens the file and
 *       is done again (writes are positional, so doing one twice is harmless); the interrupt is
 *       kept for the caller.</li>
 * </ul>
 * A reader finds the end of the records as the start of the zeros ({@link SegmentReader}); a clean
 * {@link #close()} cuts the zeros off. Not thread-safe: the journal holds its I/O lock around it.
 */
final class SegmentFile implements AutoCloseable {
    static final int FIRST_STEP = 16 * 1024;
    static final int MAX_STEP = 1024 * 1024;
    /**
     * How long an operation is tried again while interrupts keep cutting it short; only then does
     * the journal fail. A count of attempts was not enough: a thread interrupted more often than a
     * sync takes would lose every attempt in a row.
     */
    private static final long RETRY_NANOS = TimeUnit.SECONDS.toNanos(5);

    private interface Operation {
        void run(FileChannel channel) throws IOException;
    }

    private final long number;
    private final Path path;
    private final FileLayer files;
    private FileChannel channel;
    private long position;
    /** Where the records known to be on disk end: a failed write or sync is done again from here. */
    private long synced;
    private long allocated;
    private int step = FIRST_STEP;

    private SegmentFile(long number, Path path, FileLayer files, FileChannel channel, long position) {
        this.number = number;
        this.path = path;
        this.files = files;
        this.channel = channel;
        this.position = position;
        this.synced = position;
        this.allocated = position;
    }

    /**
     * Opens segment {@code number} at {@code path} for appending. Segments are always new; should
     * one exist anyway, records go after its content so that nothing in it is overwritten.
     */
    static SegmentFile open(long number, Path path, FileLayer files) throws IOException {
        FileChannel channel = openChannel(path, files);
        try {
            // Synced records in a file whose name a power loss can take away are not durable. Also when
            // the file was there already: an earlier try may have made it, then failed to sync the folder.
            files.syncFolder(path.toAbsolutePath().getParent());
            return new SegmentFile(number, path, files, channel, channel.size());
        } catch (IOException e) {
            channel.close();
            throw e;
        }
    }

    /**
     * This segment open again after a failed write or sync, to write again what followed the last
     * sync, at the same place: the records after it are written once, over whatever part of them
     * reached the file, never twice. Writing them again (not only syncing again) matters: after a
     * failed sync the system may have dropped the pages it could not write.
     */
    SegmentFile reopened() throws IOException {
        try {
            channel.close();
        } catch (IOException e) {
            // It failed already; the new channel is what counts.
        }
        FileChannel again = openChannel(path, files);
        SegmentFile file = new SegmentFile(number, path, files, again, synced);
        file.allocated = Math.max(synced, again.size());
        file.step = step;
        return file;
    }

    private static FileChannel openChannel(Path path, FileLayer files) throws IOException {
        return files.open(path, Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE));
    }

    long number() {
        return number;
    }

    /** Writes the records after the previous ones; not durable until {@link #sync()}. */
    void write(ByteBuffer records) throws IOException {
        int length = records.remaining();
        if (length == 0) {
            return;
        }
        if (position + length > allocated) {
            int bytes = Math.max(step, length);
            writeFully(ByteBuffer.allocate(bytes), allocated);
            allocated += bytes;
            step = Math.min(step * 2, MAX_STEP);
        }
        writeFully(records, position);
        position += length;
    }

    private void writeFully(ByteBuffer bytes, long at) throws IOException {
        int start = bytes.position();
        run(channel -> {
            ByteBuffer view = bytes.duplicate().position(start);
            long offset = at;
            while (view.hasRemaining()) {
                offset += files.write(channel, view, offset);
            }
        });
        bytes.position(bytes.limit());
    }

    /** Forces the records written so far to the disk. */
    void sync() throws IOException {
        run(channel -> files.force(channel, path, false));
        synced = position;
    }

    /** Closes without forcing: for a segment whose records are no longer needed. */
    void abandon() throws IOException {
        channel.close();
    }

    /** Forces what was written, cuts off the unused zeros and closes the file; deletes it if it holds no records. */
    @Override
    public void close() throws IOException {
        try {
            run(channel -> {
                files.force(channel, path, false);
                channel.truncate(position);
            });
        } finally {
            channel.close();
        }
        if (position == 0) {
            // Nothing to replay: a server started and stopped without changes leaves no empty file behind.
            files.delete(path);
        }
    }

    private void run(Operation operation) throws IOException {
        boolean interrupted = Thread.interrupted();
        try {
            long deadline = System.nanoTime() + RETRY_NANOS;
            while (true) {
                try {
                    operation.run(channel);
                    return;
                } catch (ClosedByInterruptException e) {
                    interrupted = true;
                    Thread.interrupted();
                    if (System.nanoTime() - deadline > 0) {
                        throw e;
                    }
                    channel = openChannel(path, files);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
