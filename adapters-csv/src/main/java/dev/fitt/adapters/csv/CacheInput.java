package dev.fitt.adapters.csv;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Reads a file {@link CacheOutput} wrote, in one pass: the checksum is taken as the bytes are read
 * and {@link #finish} compares it with the one stored at the end, so a caller builds nothing from
 * the values it read before {@code finish} has passed. Until then the bounds checks below keep a
 * damaged file from asking for huge arrays.
 */
final class CacheInput implements Closeable {
    private static final int CHUNK = 1 << 18;

    private final FileChannel channel;
    private final ByteBuffer buffer = ByteBuffer.allocateDirect(CHUNK);
    private final Fingerprint.Digest digest = new Fingerprint.Digest();
    private final long contentSize;
    /** Content bytes not yet taken into the buffer (the trailing checksum excluded). */
    private long unread;

    private CacheInput(FileChannel channel, long contentSize) {
        this.channel = channel;
        this.contentSize = contentSize;
        this.unread = contentSize;
        buffer.limit(0);
    }

    /** Opens {@code file} if it is a cache file of {@code kind} in this version; its checksum is checked by {@link #finish}. */
    static CacheInput open(Path file, String kind) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        try {
            long contentSize = channel.size() - Long.BYTES;
            if (contentSize < Integer.BYTES * 2) {
                throw new IOException("too short to be a cache file (" + channel.size() + " bytes)");
            }
            CacheInput input = new CacheInput(channel, contentSize);
            String found = input.readString(64);
            int version = input.readInt();
            if (!found.equals(kind) || version != CacheOutput.VERSION) {
                throw new IOException("holds " + found + " version " + version + ", not " + kind + " version "
                        + CacheOutput.VERSION);
            }
            return input;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    int readInt() throws IOException {
        fill(Integer.BYTES);
        return buffer.getInt();
    }

    long readLong() throws IOException {
        fill(Long.BYTES);
        return buffer.getLong();
    }

    /** A count or length, refused when the rest of the file could not hold that many {@code unitBytes}. */
    int readCount(int unitBytes) throws IOException {
        int count = readInt();
        if (count < 0 || (long) count * unitBytes > buffer.remaining() + unread) {
            throw new IOException("a count of " + count + " does not fit in the rest of the file");
        }
        return count;
    }

    String readString(int maxBytes) throws IOException {
        int length = readCount(1);
        if (length > maxBytes) {
            throw new IOException("a text of " + length + " bytes, more than the " + maxBytes + " allowed");
        }
        byte[] bytes = new byte[length];
        readBytes(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    void readBytes(byte[] into) throws IOException {
        int done = 0;
        while (done < into.length) {
            fill(1);
            int step = Math.min(buffer.remaining(), into.length - done);
            buffer.get(into, done, step);
            done += step;
        }
    }

    void readInts(int[] into) throws IOException {
        int done = 0;
        while (done < into.length) {
            fill(Integer.BYTES);
            int step = Math.min(buffer.remaining() / Integer.BYTES, into.length - done);
            buffer.asIntBuffer().get(into, done, step);
            buffer.position(buffer.position() + step * Integer.BYTES);
            done += step;
        }
    }

    /** Checks that every content byte has been read and that they are the bytes that were written. */
    void finish() throws IOException {
        if (unread != 0 || buffer.hasRemaining()) {
            throw new IOException("has bytes after its content");
        }
        ByteBuffer trailer = ByteBuffer.allocate(Long.BYTES);
        while (trailer.hasRemaining()) {
            if (channel.read(trailer, contentSize + trailer.position()) < 0) {
                throw new IOException("ends early");
            }
        }
        if (trailer.getLong(0) != digest.fingerprint().checksum()) {
            throw new IOException("its checksum does not match its content (damaged or cut short)");
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    private void fill(int bytes) throws IOException {
        if (buffer.remaining() >= bytes) {
            return;
        }
        int carried = buffer.remaining();
        buffer.compact();
        int want = (int) Math.min(buffer.remaining(), unread);
        buffer.limit(buffer.position() + want);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer) < 0) {
                throw new IOException("ends early");
            }
        }
        unread -= want;
        buffer.flip();
        digest.update(buffer.duplicate().position(carried));
        if (buffer.remaining() < bytes) {
            throw new IOException("ends in the middle of a value");
        }
    }
}
