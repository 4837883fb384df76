package dev.fitt.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;

/**
 * A deliberately raw protocol v1 client for load: blocking socket, no Nagle, reusable buffers, no
 * per-request objects, so the driver adds as little as possible to what it measures. It speaks
 * only what both our server and the original Python one send (see PROTOCOL.md); an error reply
 * ends the connection because the original's error forms cannot be skipped reliably.
 */
final class V1Connection implements AutoCloseable {
    private static final int MARK = 0xFF;
    private static final int IMAGE = 0x01;
    private static final int TAG_LIST = 0x02;
    private static final int CHANGE = 0x03;
    private static final int SAVE = 0x04;
    private static final int CLIP_LIST = 0x05;
    private static final int LABELS = 0x06;
    private static final int OK = 0x00;
    private static final int HELLO = 0x10;
    private static final int VERSIONED_LABELS = 0x11;

    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;
    private final byte[] request = new byte[64];
    private final byte[] payload = new byte[256 * 1024];

    private V1Connection(Socket socket) throws IOException {
        this.socket = socket;
        this.in = new DataInputStream(new BufferedInputStream(socket.getInputStream(), 64 * 1024));
        this.out = new BufferedOutputStream(socket.getOutputStream(), 4 * 1024);
    }

    static V1Connection open(InetSocketAddress address, int timeoutMillis) throws IOException {
        Socket socket = new Socket();
        try {
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(timeoutMillis);
            socket.connect(address, timeoutMillis);
            return new V1Connection(socket);
        } catch (IOException e) {
            socket.close();
            throw new IOException("cannot connect to " + address + ": " + e.getMessage(), e);
        }
    }

    /** Tag list round trip; returns the number of tags. */
    int tagList() throws IOException {
        sendSimple(TAG_LIST);
        flush();
        return readTagList();
    }

    /** Clip list round trip; returns the number of rows the clips cover (end of the last clip). */
    long clipList() throws IOException {
        sendSimple(CLIP_LIST);
        flush();
        return readClipList();
    }

    /** Labels round trip; returns the size of the CSV text in bytes. */
    int labels() throws IOException {
        sendSimple(LABELS);
        flush();
        return readLabels();
    }

    void change(int first, int last, boolean[] values) throws IOException {
        request[0] = (byte) MARK;
        request[1] = CHANGE;
        putU32(2, first);
        putU32(6, last);
        putU32(10, values.length);
        for (int i = 0; i < values.length; i++) {
            request[14 + i] = values[i] ? (byte) 1 : (byte) 0;
        }
        out.write(request, 0, 14 + values.length);
        flush();
        expect(CHANGE, "change of rows " + first + ".." + last);
    }

    void save() throws IOException {
        sendSimple(SAVE);
        flush();
        expect(SAVE, "save");
    }

    /** Image round trip; returns the image's size in bytes. */
    int image(int index) throws IOException {
        request[0] = (byte) MARK;
        request[1] = IMAGE;
        putU32(2, index);
        out.write(request, 0, 6);
        flush();
        expect(IMAGE, "image " + index);
        in.readInt();
        return skip(in.readInt());
    }

    /** Sends a request without payload and does not wait: for pipelining like the original client. */
    void sendSimple(int command) throws IOException {
        out.write(MARK);
        out.write(command);
    }

    void flush() throws IOException {
        out.flush();
    }

    int readTagList() throws IOException {
        expect(TAG_LIST, "tag list");
        int count = in.readInt();
        for (int i = 0; i < count; i++) {
            skip(in.readInt());
        }
        return count;
    }

    long readClipList() throws IOException {
        expect(CLIP_LIST, "clip list");
        int count = in.readInt();
        long end = 0;
        for (int i = 0; i < count; i++) {
            in.readInt();
            end = Math.max(end, in.readInt() & 0xFFFF_FFFFL);
            in.readInt();
        }
        return end;
    }

    int readLabels() throws IOException {
        expect(LABELS, "labels");
        return skip(in.readInt());
    }

    private void expect(int command, String what) throws IOException {
        int b;
        do {
            b = in.read();
            if (b < 0) {
                throw new EOFException("server closed the connection while answering " + what);
            }
        } while (b != MARK);
        int got = in.readUnsignedByte();
        if (got != command) {
            throw new IOException("expected the reply to " + what + " (command 0x0" + command
                    + ") but got command 0x" + Integer.toHexString(got));
        }
        int status = in.readUnsignedByte();
        if (status != OK) {
            throw new IOException("server answered " + what + " with error status " + status);
        }
    }

    /**
     * Says hello (extension version 1, no token) and asks for the labels with row versions, as fitt's
     * own client does on connect; returns the size of the labels reply's body.
     */
    long helloThenVersionedLabels() throws IOException {
        int at = 0;
        request[at++] = (byte) MARK;
        request[at++] = HELLO;
        putU32(at, 2 + 4 + 2);
        at += 4;
        request[at++] = 0;
        request[at++] = 1;
        putU32(at, 0x0F);
        at += 4;
        request[at++] = 0;
        request[at++] = 0;
        request[at++] = (byte) MARK;
        request[at++] = VERSIONED_LABELS;
        putU32(at, 4);
        at += 4;
        putU32(at, 1);
        at += 4;
        out.write(request, 0, at);
        out.flush();
        expectExtension(HELLO, "hello");
        long size = expectExtension(VERSIONED_LABELS, "versioned labels");
        return size;
    }

    /** Reads an extension reply whose status must be OK and skips its body; returns the body's size. */
    private long expectExtension(int command, String what) throws IOException {
        if (in.readUnsignedByte() != MARK || in.readUnsignedByte() != command) {
            throw new IOException("expected the reply to " + what + " (command 0x" + Integer.toHexString(command) + ")");
        }
        int size = in.readInt();
        if (size < 1) {
            throw new IOException("the reply to " + what + " declares " + Integer.toUnsignedString(size) + " bytes");
        }
        // Hello's status is its first byte; an identified reply's follows its 4-byte request id.
        int before = command == HELLO ? 0 : 4;
        skip(before);
        int status = in.readUnsignedByte();
        if (status != OK) {
            throw new IOException("server answered " + what + " with error status " + status);
        }
        return before + 1 + skip(size - before - 1);
    }

    /** Reads and drops {@code size} bytes through one reused buffer, however large the reply. */
    private int skip(int size) throws IOException {
        if (size < 0) {
            throw new IOException("reply declares " + Integer.toUnsignedString(size) + " bytes, too many to read");
        }
        for (int left = size; left > 0; ) {
            int now = Math.min(left, payload.length);
            in.readFully(payload, 0, now);
            left -= now;
        }
        return size;
    }

    private void putU32(int at, int value) {
        request[at] = (byte) (value >>> 24);
        request[at + 1] = (byte) (value >>> 16);
        request[at + 2] = (byte) (value >>> 8);
        request[at + 3] = (byte) value;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
