package dev.fitt.adapters.csv.journal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The real file system until told that the disk is full: then writes stop half-way (a torn write),
 * syncs fail, or new files cannot be made, as chosen. Running as root, permissions cannot fail a
 * write, so this is how a test makes the disk refuse.
 */
final class FailingFileLayer implements FileLayer {
    enum Failure { NONE, WRITES_TORN, SYNCS, OPENS }

    private final FileLayer real = FileLayer.real();
    private volatile Failure failure = Failure.NONE;
    final AtomicInteger refused = new AtomicInteger();

    void fail(Failure how) {
        failure = how;
    }

    void recover() {
        failure = Failure.NONE;
    }

    private IOException full() {
        refused.incrementAndGet();
        return new IOException("No space left on device (simulated)");
    }

    @Override
    public FileChannel open(Path file, Set<? extends OpenOption> options) throws IOException {
        if (failure == Failure.OPENS) {
            throw full();
        }
        return real.open(file, options);
    }

    @Override
    public int write(FileChannel channel, ByteBuffer bytes, long position) throws IOException {
        if (failure == Failure.WRITES_TORN) {
            if (bytes.remaining() > 1) {
                // Half of it reaches the file, as when the disk fills up in the middle of a write.
                ByteBuffer half = bytes.duplicate();
                half.limit(half.position() + half.remaining() / 2);
                real.write(channel, half, position);
            }
            throw full();
        }
        return real.write(channel, bytes, position);
    }

    @Override
    public void force(FileChannel channel, Path file, boolean metadata) throws IOException {
        if (failure != Failure.NONE) {
            throw full();
        }
        real.force(channel, file, metadata);
    }

    @Override
    public void move(Path from, Path to) throws IOException {
        real.move(from, to);
    }

    @Override
    public void delete(Path file) throws IOException {
        real.delete(file);
    }

    @Override
    public void syncFolder(Path folder) throws IOException {
        if (failure != Failure.NONE) {
            throw full();
        }
        real.syncFolder(folder);
    }
}
