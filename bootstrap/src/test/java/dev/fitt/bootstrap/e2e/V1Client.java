package dev.fitt.bootstrap.e2e;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A protocol v1 client written straight from PROTOCOL.md, byte by byte, independent of fitt's own
 * codec: what the original Python client sends and reads.
 */
final class V1Client implements AutoCloseable {
    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;

    V1Client(InetSocketAddress address) throws IOException {
        socket = new Socket();
        socket.connect(address, 5_000);
        socket.setSoTimeout(10_000);
        socket.setTcpNoDelay(true);
        in = new DataInputStream(socket.getInputStream());
        out = socket.getOutputStream();
    }

    void setTimeoutMillis(int millis) throws IOException {
        socket.setSoTimeout(millis);
    }

    void send(byte... bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    void expect(int... bytes) throws IOException {
        for (int expected : bytes) {
            int actual = in.readUnsignedByte();
            if (actual != expected) {
                throw new IOException(String.format("expected byte %02X, got %02X", expected, actual));
            }
        }
    }

    List<String> tagList() throws IOException {
        command(0x02);
        expect(0xFF, 0x02, 0x00);
        int count = in.readInt();
        List<String> aliases = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            aliases.add(text(in.readInt()));
        }
        return aliases;
    }

    /** The tag list; empty when the server answers with the error status (v1 has no room for why). */
    Optional<List<String>> tagListUnlessRefused() throws IOException {
        command(0x02);
        expect(0xFF, 0x02);
        if (in.readUnsignedByte() != 0) {
            return Optional.empty();
        }
        int count = in.readInt();
        List<String> aliases = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            aliases.add(text(in.readInt()));
        }
        return Optional.of(aliases);
    }

    String labels() throws IOException {
        command(0x06);
        expect(0xFF, 0x06, 0x00);
        return text(in.readInt());
    }

    List<int[]> clips() throws IOException {
        command(0x05);
        expect(0xFF, 0x05, 0x00);
        int count = in.readInt();
        List<int[]> clips = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            clips.add(new int[] {in.readInt(), in.readInt(), in.readInt()});
        }
        return clips;
    }

    /** Image bytes, or the server's error message prefixed with "ERROR: ". */
    Object image(int index) throws IOException {
        send(ByteBuffer.allocate(6).put((byte) 0xFF).put((byte) 0x01).putInt(index).array());
        expect(0xFF, 0x01);
        int status = in.readUnsignedByte();
        int echoed = in.readInt();
        if (echoed != index) {
            throw new IOException("image reply for " + echoed + ", asked " + index);
        }
        byte[] payload = new byte[in.readInt()];
        in.readFully(payload);
        return status == 0 ? payload : "ERROR: " + new String(payload, StandardCharsets.UTF_8);
    }

    /** Sends a change and returns null when accepted, else the server's message. */
    String change(int first, int last, boolean... values) throws IOException {
        ByteBuffer request = ByteBuffer.allocate(14 + values.length).put((byte) 0xFF).put((byte) 0x03)
                .putInt(first).putInt(last).putInt(values.length);
        for (boolean value : values) {
            request.put((byte) (value ? 1 : 0));
        }
        send(request.array());
        return statusReply(0x03);
    }

    String save() throws IOException {
        command(0x04);
        return statusReply(0x04);
    }

    private String statusReply(int command) throws IOException {
        expect(0xFF, command);
        if (in.readUnsignedByte() == 0) {
            return null;
        }
        return text(in.readInt());
    }

    private String text(int length) throws IOException {
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private void command(int command) throws IOException {
        send(new byte[] {(byte) 0xFF, (byte) command});
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
