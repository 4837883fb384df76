package dev.fitt.domain;

import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * Image paths of many rows packed as UTF-8 in one byte array with an offset per row; a path is
 * decoded only when asked for: as Strings, every path costs an object and an array of its own,
 * packed they take a little more than their bytes.
 */
public final class FilePaths {
    private final byte[] bytes;
    private final int[] starts;

    private FilePaths(byte[] bytes, int[] starts) {
        this.bytes = bytes;
        this.starts = starts;
    }

    /** Packs {@code paths}; each must be well-formed text (no unpaired surrogate), as any read from a file is. */
    public static FilePaths of(String... paths) {
        Objects.requireNonNull(paths, "paths");
        Builder builder = new Builder();
        for (String path : paths) {
            builder.add(path);
        }
        return builder.build();
    }

    /**
     * Paths packed elsewhere (a load cache): {@code utf8} holds path {@code i} at
     * {@code [starts[i], starts[i + 1])}. Takes both arrays as they are; the caller must not touch them again.
     */
    public static FilePaths ofPacked(byte[] utf8, int[] starts) {
        Objects.requireNonNull(utf8, "utf8");
        Objects.requireNonNull(starts, "starts");
        if (starts.length == 0 || starts[0] != 0 || starts[starts.length - 1] != utf8.length) {
            throw new IllegalArgumentException("packed paths must start at 0 and end at " + utf8.length);
        }
        for (int i = 1; i < starts.length; i++) {
            if (starts[i] < starts[i - 1]) {
                throw new IllegalArgumentException("packed path " + (i - 1) + " ends before it starts");
            }
        }
        return new FilePaths(utf8, starts);
    }

    public int size() {
        return starts.length - 1;
    }

    /** The packed UTF-8 bytes of every path, read-only and not copied (what {@link #ofPacked} takes). */
    public ByteBuffer packedUtf8() {
        return ByteBuffer.wrap(bytes, 0, starts[starts.length - 1]).slice().asReadOnlyBuffer();
    }

    /** Where each path starts in {@link #packedUtf8()}, then where the last one ends; read-only, not copied. */
    public IntBuffer packedStarts() {
        return IntBuffer.wrap(starts).asReadOnlyBuffer();
    }

    public String get(int row) {
        Objects.checkIndex(row, size());
        return new String(bytes, starts[row], starts[row + 1] - starts[row], StandardCharsets.UTF_8);
    }

    /** Collects paths one by one, growing its arrays as it goes. */
    public static final class Builder {
        private byte[] bytes = new byte[1 << 12];
        private int[] starts = new int[1 << 8];
        private int size;
        private int length;

        public Builder add(String path) {
            if (path == null) {
                throw new IllegalArgumentException("row " + size + " has no file path");
            }
            if (!wellFormed(path)) {
                throw new IllegalArgumentException("row " + size + "'s file path has an unpaired surrogate: " + path);
            }
            byte[] encoded = path.getBytes(StandardCharsets.UTF_8);
            ensureRoom(encoded.length);
            System.arraycopy(encoded, 0, bytes, length, encoded.length);
            length += encoded.length;
            size++;
            starts[size] = length;
            return this;
        }

        /**
         * Adds the path in {@code chars[offset, offset + length)} without making a String of it: a
         * loader hands each field in one reused buffer, and paths are nearly always ASCII.
         */
        public Builder add(char[] chars, int offset, int length) {
            Objects.checkFromIndexSize(offset, length, chars.length);
            int end = offset + length;
            for (int i = offset; i < end; i++) {
                if (chars[i] >= 0x80) {
                    return add(new String(chars, offset, length));
                }
            }
            ensureRoom(length);
            for (int i = offset; i < end; i++) {
                bytes[this.length++] = (byte) chars[i];
            }
            size++;
            starts[size] = this.length;
            return this;
        }

        public int size() {
            return size;
        }

        public FilePaths build() {
            return new FilePaths(Arrays.copyOf(bytes, length), Arrays.copyOf(starts, size + 1));
        }

        /** Room for one more path of {@code more} bytes. */
        private void ensureRoom(int more) {
            if (length + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(Math.addExact(length, more), Math.addExact(bytes.length, bytes.length >> 1)));
            }
            if (size + 2 > starts.length) {
                starts = Arrays.copyOf(starts, Math.addExact(starts.length, starts.length >> 1));
            }
        }

        /** UTF-8 would turn an unpaired surrogate into '?', and the path could no longer be found. */
        private static boolean wellFormed(String path) {
            for (int i = 0; i < path.length(); i++) {
                char c = path.charAt(i);
                if (Character.isHighSurrogate(c) && i + 1 < path.length() && Character.isLowSurrogate(path.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    return false;
                }
            }
            return true;
        }
    }
}
