package dev.fitt.adapters.csv;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes one load-cache file: a kind tag, the format version, the content, and a checksum of all of
 * it. The file is written beside the target and renamed over it only once complete, and a reader
 * checks the checksum first, so a crash or a full disk leaves an old file or one that is ignored,
 * never one that is half trusted. Not forced to disk: losing a cache file costs one slow start.
 */
final class CacheOutput implements Closeable {
    static final int VERSION = 1;
    /** Written as {@code <target><TEMP_SUFFIX>} and renamed over the target once complete. */
    static final String TEMP_SUFFIX = ".writing";
    private static final int CHUNK = 1 << 18;

    private final Path target;
    private final Path temp;
    private final FileChannel channel;
    private final ByteBuffer buffer = ByteBuffer.allocateDirect(CHUNK);
    private final Fingerprint.Digest digest = new Fingerprint.Digest();
    private boolean committed;

    CacheOutput(Path target, String kind) throws IOException {
        this.target = target;
        this.temp = target.resolveSibling(target.getFileName() + TEMP_SUFFIX);
        Files.createDirectories(target.toAbsolutePath().getParent());
        this.channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
        writeString(kind);
        writeInt(VERSION);
    }

    void writeInt(int value) throws IOException {
        room(Integer.BYTES);
        buffer.putInt(value);
    }

    void writeLong(long value) throws IOException {
        room(Long.BYTES);
        buffer.putLong(value);
    }

    void writeString(String value) throws IOException {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        writeInt(bytes.length);
        writeBytes(bytes);
    }

    void writeBytes(byte[] bytes) throws IOException {
        writeBytes(ByteBuffer.wrap(bytes));
    }

    /** Writes what remains of {@code bytes}, leaving its position as it was. */
    void writeBytes(ByteBuffer bytes) throws IOException {
        ByteBuffer rest = bytes.duplicate();
        while (rest.hasRemaining()) {
            room(1);
            int step = Math.min(buffer.remaining(), rest.remaining());
            buffer.put(rest.slice(rest.position(), step));
            rest.position(rest.position() + step);
        }
    }

    /** Writes what remains of {@code values}, leaving its position as it was. */
    void writeInts(IntBuffer values) throws IOException {
        IntBuffer rest = values.duplicate();
        while (rest.hasRemaining()) {
            room(Integer.BYTES);
            int step = Math.min(buffer.remaining() / Integer.BYTES, rest.remaining());
            buffer.asIntBuffer().put(rest.slice(rest.position(), step));
            buffer.position(buffer.position() + step * Integer.BYTES);
            rest.position(rest.position() + step);
        }
    }

    void writeInts(int[] values) throws IOException {
        writeInts(IntBuffer.wrap(values));
    }

    /** Ends the file with its checksum and puts it in place of the target. */
    void commit() throws IOException {
        drain();
        long checksum = digest.fingerprint().checksum();
        buffer.putLong(checksum);
        buffer.flip();
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
        channel.close();
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        committed = true;
    }

    @Override
    public void close() throws IOException {
        channel.close();
        if (!committed) {
            Files.deleteIfExists(temp);
        }
    }

    private void room(int bytes) throws IOException {
        if (buffer.remaining() < bytes) {
            drain();
        }
    }

    private void drain() throws IOException {
        buffer.flip();
        digest.update(buffer.duplicate());
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
        buffer.clear();
    }
}
