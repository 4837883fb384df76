package dev.fitt.adapters.socket.client;

import dev.fitt.adapters.socket.ClientConfig;
import dev.fitt.adapters.socket.TlsContexts;
import dev.fitt.adapters.socket.protocol.MessageEncoder;
import dev.fitt.adapters.socket.protocol.Reply;
import dev.fitt.adapters.socket.protocol.ReplyDecoder;
import dev.fitt.adapters.socket.protocol.Request;
import dev.fitt.adapters.socket.protocol.Wire;
import dev.fitt.client.port.out.ServerCapabilities;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javax.net.ssl.SSLSocket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One TCP connection to a tagging server: writes are serialized, and one reader thread
 * ({@link ReplyReader}) matches replies to their waiting callers and hands pushed changes to the
 * owner. Any I/O or protocol
 * error ends the connection and fails every waiting caller; a new connection is the owner's
 * business. On opening it says the extension hello, fenced by a tag list request; a server that
 * answers the fence first speaks v1 only, and the connection goes on in plain v1.
 */
final class ServerLink implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ServerLink.class);
    /**
     * How long the reader waits for bytes before it treats the peer as quiet: then a trailing bare
     * change/save error (the original server's form) is complete. See {@link ReplyDecoder}.
     */
    private static final int QUIET_MILLIS = 100;

    private final Socket socket;
    private final OutputStream output;
    private final String peer;
    private final PendingReplies pending = new PendingReplies();
    private final Object writeLock = new Object();
    private final Runnable lost;
    /** Set once the hello is through: a connection that never opened was not lost, it failed. */
    private volatile boolean established;
    private volatile boolean closedByClient;
    private final AtomicBoolean ended = new AtomicBoolean();
    private final AtomicLong requestIds = new AtomicLong();
    private final AtomicBoolean subscribed = new AtomicBoolean();
    private volatile boolean alive = true;
    private volatile ServerCapabilities capabilities = ServerCapabilities.V1_ONLY;
    /** Whether the hello reply granted team work (identify, review, provenance, annotator stats). */
    private volatile boolean teamWork;
    /** Whether the server granted administration (asked for only by an administrator's client). */
    private volatile boolean administers;
    /** Whether the server lists datasets and lets this connection choose one. */
    private volatile boolean datasets;

    private ServerLink(Socket socket, ClientConfig config, Runnable lost)
            throws IOException {
        this.socket = socket;
        this.output = socket.getOutputStream();
        this.peer = config.peer();
        this.lost = Objects.requireNonNull(lost, "lost");
    }

    /**
     * Connects (with TLS when configured), starts the reader and says hello. {@code pushes} gets
     * every pushed change on the reader thread and must not block; {@code lost} runs once if the
     * open connection ends other than by {@link #close()}, on whichever thread noticed, and must
     * not block either.
     */
    static ServerLink open(ClientConfig config, Consumer<Reply> pushes, Runnable lost)
            throws IOException {
        return open(config, Wire.ALL_CAPABILITIES, pushes, lost);
    }

    /** The same, asking for {@code asked} capabilities in the hello. */
    static ServerLink open(ClientConfig config, long asked, Consumer<Reply> pushes, Runnable lost)
            throws IOException {
        Socket raw = new Socket();
        try {
            raw.setTcpNoDelay(true);
            raw.connect(new InetSocketAddress(config.host(), config.port()), config.timeoutMillis());
            Socket socket = config.tls().isPresent() ? secure(raw, config) : raw;
            socket.setSoTimeout(QUIET_MILLIS);
            ServerLink connection = new ServerLink(socket, config, lost);
            Thread reader = new Thread(new ReplyReader(connection, socket.getInputStream(), config.peer(),
                    config.limits(), connection.pending, pushes), "fitt-server-reader-" + config.peer());
            reader.setDaemon(true);
            reader.start();
            long granted = ExtensionHello.grant(connection, config, asked);
            connection.capabilities = ExtensionHello.capabilities(granted);
            connection.administers = (granted & Wire.ADMIN_CAPABILITY) != 0;
            connection.teamWork = (granted & Wire.TEAM_CAPABILITY) != 0;
            connection.established = true;
            return connection;
        } catch (IOException e) {
            raw.close();
            throw e;
        }
    }

    private static Socket secure(Socket raw, ClientConfig config) throws IOException {
        SSLSocket socket = (SSLSocket) TlsContexts.client(config.tls().get()).getSocketFactory()
                .createSocket(raw, config.host(), config.port(), true);
        socket.setSoTimeout(config.timeoutMillis());
        try {
            socket.startHandshake();
        } catch (IOException e) {
            throw new IOException("the TLS handshake with " + config.peer() + " failed (is its certificate the one in "
                    + config.tls().get().trusted() + "?): " + e.getMessage(), e);
        }
        return socket;
    }

    /** True when the server granted administration in its hello reply. */
    boolean administers() {
        return administers;
    }

    /** What the server granted in its hello reply; {@link ServerCapabilities#V1_ONLY} if it gave none. */
    ServerCapabilities capabilities() {
        return capabilities;
    }

    boolean teamWork() {
        return teamWork;
    }

    /** True when the server granted the dataset messages (list, select). */
    boolean datasetsGranted() {
        return datasets;
    }

    /** Set by the hello: whether the server lists datasets and lets this connection choose one. */
    void datasetsGranted(boolean granted) {
        datasets = granted;
    }

    /** A fresh id for an extension request (u32, wrapping). */
    long nextRequestId() {
        return requestIds.incrementAndGet() & Wire.MAX_U32;
    }

    /** True the first time it is called on this connection: whoever gets true subscribes. */
    boolean claimSubscription() {
        return subscribed.compareAndSet(false, true);
    }

    /** Stops waiting for an extension reply (timed out); the connection stays usable. */
    void forget(Request request) {
        pending.forget(request);
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
        boolean first = ended.compareAndSet(false, true);
        try {
            socket.close();
        } catch (IOException e) {
            LOG.debug("closing the connection to {} failed", peer, e);
        }
        pending.failAll(cause);
        if (first && established && !closedByClient) {
            lost.run();
        }
    }

    @Override
    public void close() {
        closedByClient = true;
        fail(new IOException("the connection to " + peer + " was closed by the client"));
    }
}
