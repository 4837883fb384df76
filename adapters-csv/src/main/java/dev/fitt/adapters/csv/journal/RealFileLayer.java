package dev.fitt.adapters.csv.journal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Set;

/** {@link FileLayer} on the real file system. Stateless. */
final class RealFileLayer implements FileLayer {
    static final RealFileLayer INSTANCE = new RealFileLayer();

    private RealFileLayer() {
    }

    @Override
    public FileChannel open(Path file, Set<? extends OpenOption> options) throws IOException {
        return FileChannel.open(file, options);
    }

    @Override
    public int write(FileChannel channel, ByteBuffer bytes, long position) throws IOException {
        return channel.write(bytes, position);
    }

    @Override
    public void force(FileChannel channel, Path file, boolean metadata) throws IOException {
        channel.force(metadata);
    }

    @Override
    public void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Override
    public void delete(Path file) throws IOException {
        Files.deleteIfExists(file);
    }

    @Override
    public void syncFolder(Path folder) throws IOException {
        FileChannel channel;
        try {
            channel = FileChannel.open(folder, StandardOpenOption.READ);
        } catch (IOException e) {
            // Some systems (Windows) cannot open a folder at all; there the rename itself is all we can do.
            return;
        }
        try (channel) {
            channel.force(true);
        }
    }
}
