package dev.fitt.adapters.csv.journal;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.file.Path;

/**
 * One journal segment open for writing. Two choices here are about the speed of a durable change:
 * <ul>
 *   <li>The file is grown ahead of the records with written zeros, so most flushes overwrite
 *       blocks that already belong to the file: the file's size does not change and its sync does
 *       not have to commit the file system's metadata (measured on ext4 here: 0.16 ms instead of
 *       0.22 ms per sync). Zeros, not a sparse hole, because writing into unwritten extents is a
 *       metadata change again. The first step is small so that the many short segments of a server
 *       that saves often stay small; each step doubles up to {@link #MAX_STEP}.</li>
 *   <li>{@link RandomAccessFile} and {@code FileDescriptor.sync()} instead of a {@code FileChannel}:
 *       they are not interruptible. Whoever waits for a change may do the flush (see
 *       {@link FileChangeJournal}), and an interrupt of a connection's thread must not close the
 *       journal under everybody's feet, as it would close a {@code FileChannel}.</li>
 * </ul>
 * A reader finds the end of the records as the start of the zeros ({@link SegmentReader}); a clean
 * {@link #close()} cuts the zeros off. Not thread-safe: the journal holds its I/O lock around it.
 */
final class SegmentFile implements AutoCloseable {
    static final int FIRST_STEP = 16 * 1024;
    static final int MAX_STEP = 1024 * 1024;

    private final long number;
    private final RandomAccessFile file;
    private long position;
    private long allocated;
    private int step = FIRST_STEP;

    private SegmentFile(long number, RandomAccessFile file, long position) {
        this.number = number;
        this.file = file;
        this.position = position;
        this.allocated = position;
    }

    /**
     * Opens segment {@code number} at {@code path} for appending. Segments are always new; should
     * one exist anyway, records go after its content so that nothing in it is overwritten.
     */
    static SegmentFile open(long number, Path path) throws IOException {
        RandomAccessFile file = new RandomAccessFile(path.toFile(), "rw");
        return new SegmentFile(number, file, file.length());
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
            growBy(Math.max(step, length));
            step = Math.min(step * 2, MAX_STEP);
        }
        file.seek(position);
        if (records.hasArray()) {
            file.write(records.array(), records.arrayOffset() + records.position(), length);
            records.position(records.limit());
        } else {
            byte[] copy = new byte[length];
            records.get(copy);
            file.write(copy);
        }
        position += length;
    }

    private void growBy(int bytes) throws IOException {
        file.seek(allocated);
        file.write(new byte[bytes]);
        allocated += bytes;
    }

    /** Forces everything written so far to the disk. */
    void sync() throws IOException {
        file.getFD().sync();
    }

    /** Closes without forcing: for a segment whose records are no longer needed. */
    void abandon() throws IOException {
        file.close();
    }

    /** Forces what was written, cuts off the unused zeros and closes the file. */
    @Override
    public void close() throws IOException {
        try {
            file.getFD().sync();
            file.setLength(position);
        } finally {
            file.close();
        }
    }
}
