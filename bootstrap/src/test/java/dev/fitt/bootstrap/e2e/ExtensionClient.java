package dev.fitt.bootstrap.e2e;

import dev.fitt.adapters.socket.protocol.CodecLimits;
import dev.fitt.adapters.socket.protocol.DatasetReply;
import dev.fitt.adapters.socket.protocol.DatasetRequest;
import dev.fitt.adapters.socket.protocol.MessageEncoder;
import dev.fitt.adapters.socket.protocol.ProtocolException;
import dev.fitt.adapters.socket.protocol.Reply;
import dev.fitt.adapters.socket.protocol.ReplyDecoder;
import dev.fitt.adapters.socket.protocol.Request;
import dev.fitt.adapters.socket.protocol.VersionedReply;
import dev.fitt.adapters.socket.protocol.VersionedRequest;
import dev.fitt.adapters.socket.protocol.Wire;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.time.Duration;

/** A client speaking the extension messages as they are on the wire, one request at a time. */
final class ExtensionClient implements AutoCloseable {
    private final Socket socket = new Socket();
    private final InputStream input;
    private final ReplyDecoder decoder = new ReplyDecoder(CodecLimits.defaults());
    private ByteBuffer buffer = ByteBuffer.allocate(64 * 1024).flip();
    private long nextId = 1;

    ExtensionClient(InetSocketAddress address) throws IOException {
        socket.connect(address, 10_000);
        socket.setSoTimeout(30_000);
        input = socket.getInputStream();
        Reply hello = call(new Request.Hello(1, Wire.ALL_CAPABILITIES, ""));
        if (!(hello instanceof Reply.HelloReply reply) || reply.status() != Wire.OK) {
            throw new IOException("hello refused: " + hello);
        }
    }

    long nextId() {
        return nextId++;
    }

    Reply call(Request request) throws IOException {
        socket.getOutputStream().write(MessageEncoder.toBytes(request));
        return read();
    }

    DatasetReply.Datasets datasets() throws IOException {
        return (DatasetReply.Datasets) call(new DatasetRequest.ListDatasets(nextId()));
    }

    /** Null when selected, else the server's reason. */
    String select(String name) throws IOException {
        Reply reply = call(new DatasetRequest.SelectDataset(nextId(), name));
        return reply instanceof Reply.ExtensionError error ? error.message() : null;
    }

    /**
     * Selects {@code name} every 200 ms until the server loads it, at most for {@code within}: a
     * failed load's answer is kept a few seconds before a request tries again. Null once selected,
     * else the last reason.
     */
    String selectOnceLoaded(String name, Duration within) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        String refused = select(name);
        while (refused != null && System.nanoTime() < deadline) {
            Thread.sleep(200);
            refused = select(name);
        }
        return refused;
    }

    VersionedReply.VersionedLabels labels() throws IOException {
        return (VersionedReply.VersionedLabels) call(new VersionedRequest.VersionedLabels(nextId()));
    }

    private Reply read() throws IOException {
        while (true) {
            Reply reply;
            try {
                reply = decoder.decode(buffer);
            } catch (ProtocolException e) {
                throw new IOException(e);
            }
            if (reply != null) {
                return reply;
            }
            buffer.compact();
            if (!buffer.hasRemaining()) {
                buffer = ByteBuffer.allocate(buffer.capacity() * 2).put(buffer.flip());
            }
            int read = input.read(buffer.array(), buffer.position(), buffer.remaining());
            if (read < 0) {
                throw new IOException("server closed the connection");
            }
            buffer.position(buffer.position() + read).flip();
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
