package dev.fitt.adapters.socket;

import dev.fitt.adapters.socket.protocol.CodecLimits;
import dev.fitt.adapters.socket.protocol.MessageEncoder;
import dev.fitt.adapters.socket.protocol.ProtocolException;
import dev.fitt.adapters.socket.protocol.Reply;
import dev.fitt.adapters.socket.protocol.ReplyDecoder;
import dev.fitt.adapters.socket.protocol.Request;
import dev.fitt.adapters.socket.protocol.Wire;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;

/** A bare client for server tests: writes exact bytes, reads decoded replies (v1 and extensions). */
public final class RawClient implements AutoCloseable {
    private final Socket socket;
    private final InputStream input;
    private final ReplyDecoder decoder = new ReplyDecoder(CodecLimits.defaults());
    private ByteBuffer buffer = ByteBuffer.allocate(1 << 16).flip();

    public RawClient(InetSocketAddress address) throws IOException {
        this(address, null);
    }

    /** A client whose connection comes from {@code local} (on Linux any 127.x.y.z is loopback): another host. */
    public RawClient(InetSocketAddress address, java.net.InetAddress local) throws IOException {
        socket = new Socket();
        if (local != null) {
            socket.bind(new InetSocketAddress(local, 0));
        }
        socket.connect(address, 10_000);
        socket.setSoTimeout(10_000);
        socket.setTcpNoDelay(true);
        input = socket.getInputStream();
    }

    public RawClient send(Request... requests) throws IOException {
        for (Request request : requests) {
            send(MessageEncoder.toBytes(request));
        }
        return this;
    }

    public RawClient send(byte[] bytes) throws IOException {
        socket.getOutputStream().write(bytes);
        socket.getOutputStream().flush();
        return this;
    }

    /** The next reply; fails on end of stream or after the socket timeout. */
    public Reply read() throws IOException, ProtocolException {
        while (true) {
            Reply reply = decoder.decode(buffer);
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

    /** Every capability but team work: an extension client from before it (pushed {@code 14}, not {@code 1B}). */
    public static final long WITHOUT_TEAM = Wire.ALL_CAPABILITIES & ~Wire.TEAM_CAPABILITY;

    /** Says hello asking for every capability but team work; returns the server's answer. */
    public Reply hello(String token) throws IOException, ProtocolException {
        return hello(token, WITHOUT_TEAM);
    }

    public Reply hello(String token, long capabilities) throws IOException, ProtocolException {
        return send(new Request.Hello(1, capabilities, token)).read();
    }

    /** True when the server closed this connection (end of stream or reset); false after the socket timeout. */
    public boolean isClosedByServer() {
        try {
            return input.read() < 0;
        } catch (java.net.SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    /**
     * Reads and drops whatever the server still sends until it closes the connection; true when it
     * did, false when {@code maxBytes} arrived first or the socket timeout passed without a close.
     */
    public boolean drainUntilClosedByServer(long maxBytes) {
        byte[] sink = new byte[64 * 1024];
        long total = 0;
        try {
            while (total <= maxBytes) {
                int read = input.read(sink);
                if (read < 0) {
                    return true;
                }
                total += read;
            }
            return false;
        } catch (java.net.SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    /** Writes, ignoring a failure because the server has closed: for clients the server is to drop. */
    public boolean trySend(byte[] bytes) {
        try {
            send(bytes);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
