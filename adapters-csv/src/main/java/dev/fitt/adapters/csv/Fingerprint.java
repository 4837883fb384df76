package dev.fitt.adapters.csv;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import java.util.zip.Checksum;

/**
 * What a file holds, in 16 bytes: its size and two independent 32-bit checksums of its content.
 * The load cache trusts parsed rows only for a file with the same fingerprint, so it is taken from
 * the bytes, not from a modification time that copies, restores and coarse clocks keep or fake.
 * Both checksums run as CPU intrinsics, so taking one costs little more than reading the file.
 */
record Fingerprint(long size, long checksum) {
    /** Direct, so reads need no temporary copy; small enough to stay under NIO's buffer cache limit. */
    private static final int CHUNK = 1 << 18;

    Fingerprint {
        if (size < 0) {
            throw new IllegalArgumentException("a file size cannot be negative, got " + size);
        }
    }

    static Fingerprint of(Path file) throws IOException {
        Digest digest = new Digest();
        ByteBuffer buffer = ByteBuffer.allocateDirect(CHUNK);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            while (channel.read(buffer) != -1) {
                buffer.flip();
                digest.update(buffer);
                buffer.clear();
            }
        }
        return digest.fingerprint();
    }

    /** Fingerprints bytes as they pass, for a file being written. */
    static final class Digest {
        private final Checksum first = new CRC32C();
        private final Checksum second = new CRC32();
        private long size;

        void update(ByteBuffer bytes) {
            size += bytes.remaining();
            first.update(bytes.duplicate());
            second.update(bytes);
        }

        void update(byte[] bytes, int offset, int length) {
            size += length;
            first.update(bytes, offset, length);
            second.update(bytes, offset, length);
        }

        Fingerprint fingerprint() {
            return new Fingerprint(size, first.getValue() << 32 | second.getValue());
        }
    }
}
