package dev.fitt.adapters.postgres;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.zip.CRC32C;

/**
 * The bytes of a {@link RowKeysCache} file, through one 64 KB buffer each way (not the whole file in
 * memory while a million rows load), ended by a CRC32C of all before it: a file with a changed byte
 * is no file, as a cut one is, so wrong paths are never served from it.
 */
final class KeysFileBytes {
    private static final int CHUNK = 1 << 16;

    private KeysFileBytes() {
    }

    /** Writes values and ends the file with their checksum ({@link #finish}). */
    static final class Out {
        private final FileChannel channel;
        private final ByteBuffer buffer = ByteBuffer.allocate(CHUNK);
        private final CRC32C crc = new CRC32C();

        Out(FileChannel channel) {
            this.channel = channel;
        }

        private void room(int size) throws IOException {
            if (buffer.remaining() < size) {
                flush();
            }
        }

        void putLong(long value) throws IOException {
            room(Long.BYTES);
            buffer.putLong(value);
        }

        void putInt(int value) throws IOException {
            room(Integer.BYTES);
            buffer.putInt(value);
        }

        void put(byte[] bytes) throws IOException {
            if (bytes.length <= buffer.capacity()) {
                room(bytes.length);
                buffer.put(bytes);
                return;
            }
            put(ByteBuffer.wrap(bytes));
        }

        /** The remaining bytes of {@code bytes}, written past the buffer. */
        void put(ByteBuffer bytes) throws IOException {
            flush();
            crc.update(bytes.duplicate());
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
        }

        private void flush() throws IOException {
            buffer.flip();
            crc.update(buffer.array(), 0, buffer.limit());
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            buffer.clear();
        }

        /** Writes what is buffered, then the checksum of everything written. */
        void finish() throws IOException {
            flush();
            buffer.putLong(crc.getValue()).flip();
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            buffer.clear();
        }
    }

    /** Reads what {@link Out} wrote; {@link #finish} checks the checksum before anything read is used. */
    static final class In {
        /** Receives the ints of {@link #ints} one by one, with their place. */
        interface IntSink {
            void accept(int at, int value) throws IOException;
        }

        private final FileChannel channel;
        private final ByteBuffer buffer = ByteBuffer.allocate(CHUNK).flip();
        private final CRC32C crc = new CRC32C();
        private final long contentSize;
        /** Bytes before the checksum not yet read from the file. */
        private long unread;

        In(FileChannel channel) throws IOException {
            this.channel = channel;
            this.contentSize = channel.size() - Long.BYTES;
            if (contentSize < 0) {
                throw new EOFException("the file ends early");
            }
            this.unread = contentSize;
        }

        /** At least {@code size} (at most the buffer's capacity) bytes in the buffer, or EOFException. */
        private void need(int size) throws IOException {
            if (buffer.remaining() >= size) {
                return;
            }
            buffer.compact();
            while (buffer.position() < size) {
                if (read(buffer) < 0) {
                    throw new EOFException("the file ends early");
                }
            }
            buffer.flip();
        }

        /** Reads into {@code into} from the file, no further than the checksum, taking its bytes into the checksum. */
        private int read(ByteBuffer into) throws IOException {
            if (unread == 0) {
                return -1;
            }
            int limit = into.limit();
            into.limit((int) Math.min(limit, into.position() + unread));
            int from = into.position();
            int read = channel.read(into);
            into.limit(limit);
            if (read > 0) {
                crc.update(into.array(), into.arrayOffset() + from, read);
                unread -= read;
            }
            return read;
        }

        long getLong() throws IOException {
            need(Long.BYTES);
            return buffer.getLong();
        }

        int getInt() throws IOException {
            need(Integer.BYTES);
            return buffer.getInt();
        }

        byte[] bytes(int size) throws IOException {
            if (size < 0 || size > contentSize) {
                throw new IOException(size + " bytes cannot be in a file of " + channel.size());
            }
            byte[] bytes = new byte[size];
            int at = Math.min(size, buffer.remaining());
            buffer.get(bytes, 0, at);
            ByteBuffer rest = ByteBuffer.wrap(bytes, at, size - at);
            while (rest.hasRemaining()) {
                if (read(rest) < 0) {
                    throw new EOFException("the file ends early");
                }
            }
            return bytes;
        }

        void ints(int count, IntSink sink) throws IOException {
            for (int at = 0; at < count; at++) {
                need(Integer.BYTES);
                sink.accept(at, buffer.getInt());
            }
        }

        /** Checks that everything was read and that the checksum matches it. */
        void finish() throws IOException {
            if (buffer.hasRemaining() || unread > 0) {
                throw new IOException("the file goes on after its last value");
            }
            ByteBuffer stored = ByteBuffer.allocate(Long.BYTES);
            while (stored.hasRemaining()) {
                if (channel.read(stored, contentSize + stored.position()) < 0) {
                    throw new EOFException("the file ends early");
                }
            }
            if (stored.flip().getLong() != crc.getValue()) {
                throw new IOException("its checksum does not match: a byte of it changed");
            }
        }
    }
}
