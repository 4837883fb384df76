package dev.fitt.adapters.socket;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One TCP connection to a tagging server: writes are serialized, and one reader thread matches
 * replies to their waiting callers. Any I/O or protocol error ends the connection and fails every
 * waiting caller; a new connection is the owner's business.
 */
final class ClientConnection implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ClientConnection.class);
    /**
     * How long the reader waits for bytes before it treats the peer as quiet: then a trailing bare
     * change/save error (the original server's form) is complete. See {@link ReplyDecoder}.
     */
    private static final int QUIET_MILLIS = 100;
    private static final int INITIAL_BUFFER = 256 * 1024;

    private final Socket socket;
    private final InputStream input;
    private final OutputStream output;
    private final String peer;
    private final CodecLimits limits;
    private final ReplyDecoder decoder;
    private final PendingReplies pending = new PendingReplies();
    private final Object writeLock = new Object();
    private volatile boolean alive = true;

    private ClientConnection(Socket socket, ClientConfig config) throws IOException {
        this.socket = socket;
        this.input = socket.getInputStream();
        this.output = socket.getOutputStream();
        this.peer = config.peer();
        this.limits = config.limits();
        this.decoder = new ReplyDecoder(limits);
    }

    static ClientConnection open(ClientConfig config) throws IOException {
        Socket socket = new Socket();
        try {
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(config.host(), config.port()), config.timeoutMillis());
            socket.setSoTimeout(QUIET_MILLIS);
            ClientConnection connection = new ClientConnection(socket, config);
            Thread reader = new Thread(connection::readLoop, "fitt-server-reader-" + config.peer());
            reader.setDaemon(true);
            reader.start();
            return connection;
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    boolean isAlive() {
        return alive;
    }

    /** Sends the requests back to back; the futures complete with their replies, in the same order. */
    List<CompletableFuture<Reply>> send(List<Request> requests) throws IOException {
        synchronized (writeLock) {
            if (!alive) {
                throw new IOException("the connection to " + peer + " is closed");
            }
            List<CompletableFuture<Reply>> replies = new ArrayList<>(requests.size());
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            for (Request request : requests) {
                replies.add(pending.expect(request));
                bytes.writeBytes(MessageEncoder.toBytes(request));
            }
            try {
                output.write(bytes.toByteArray());
                output.flush();
            } catch (IOException e) {
                fail(e);
                throw e;
            }
            return replies;
        }
    }

    /** Stops waiting for an image reply (timed out); the connection stays usable. */
    void forget(long index, CompletableFuture<Reply> reply) {
        pending.forget(index, reply);
    }

    /** Ends the connection; every waiting caller gets {@code cause}. */
    void fail(Throwable cause) {
        alive = false;
        try {
            socket.close();
        } catch (IOException e) {
            LOG.debug("closing the connection to {} failed", peer, e);
        }
        pending.failAll(cause);
    }

    @Override
    public void close() {
        fail(new IOException("the connection to " + peer + " was closed by the client"));
    }

    private void readLoop() {
        ByteBuffer buffer = ByteBuffer.allocate(INITIAL_BUFFER).flip();
        try {
            while (alive) {
                buffer = roomToRead(buffer);
                int read;
                boolean quiet = false;
                try {
                    read = input.read(buffer.array(), buffer.position(), buffer.remaining());
                } catch (SocketTimeoutException e) {
                    read = 0;
                    quiet = true;
                }
                if (read < 0) {
                    fail(new IOException("the server at " + peer + " closed the connection"));
                    return;
                }
                buffer.position(buffer.position() + read).flip();
                dispatchAll(buffer, quiet);
            }
        } catch (IOException e) {
            fail(alive ? e : new IOException("the connection to " + peer + " was closed", e));
        } catch (ProtocolException e) {
            LOG.warn("the server at {} broke protocol v1: {}; dropping the connection", peer, e.getMessage());
            fail(new IOException("the server at " + peer + " broke protocol v1: " + e.getMessage(), e));
        } catch (RuntimeException e) {
            LOG.error("reading from {} failed unexpectedly", peer, e);
            fail(e);
        }
    }

    /** Compacts the buffer for writing, growing it (up to the limits) when a large reply needs room. */
    private ByteBuffer roomToRead(ByteBuffer buffer) throws ProtocolException {
        if (!buffer.hasRemaining() && buffer.capacity() > 4 * INITIAL_BUFFER) {
            // A big reply (labels) is through: do not keep its buffer for the connection's lifetime.
            return ByteBuffer.allocate(INITIAL_BUFFER);
        }
        buffer.compact();
        if (buffer.hasRemaining()) {
            return buffer;
        }
        int max = limits.maxReplyBytes();
        if (buffer.capacity() >= max) {
            throw new ProtocolException("a reply is larger than the " + max + " bytes the limits allow");
        }
        ByteBuffer larger = ByteBuffer.allocate((int) Math.min(max, 2L * buffer.capacity()));
        return larger.put(buffer.flip());
    }

    private void dispatchAll(ByteBuffer buffer, boolean quiet) throws ProtocolException {
        while (true) {
            Reply reply = quiet ? decoder.decodeStalled(buffer) : decoder.decode(buffer);
            if (reply == null) {
                return;
            }
            if (reply instanceof Reply.Image image) {
                dispatchImage(image.index(), reply);
            } else if (reply instanceof Reply.ImageError error) {
                dispatchImage(error.index(), reply);
            } else {
                pending.completeInOrder(reply);
            }
        }
    }

    private void dispatchImage(long index, Reply reply) {
        if (!pending.completeImage(index, reply)) {
            LOG.debug("dropped an image reply for index {} that nobody waits for any more", index);
        }
    }
}
