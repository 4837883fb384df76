package dev.fitt.adapters.socket.server;

import dev.fitt.adapters.socket.SocketServerConfig;
import dev.fitt.adapters.socket.protocol.LimitExceededException;
import dev.fitt.adapters.socket.protocol.ProtocolException;
import dev.fitt.adapters.socket.protocol.Request;
import dev.fitt.adapters.socket.protocol.RequestDecoder;
import dev.fitt.adapters.socket.protocol.UnknownCommandException;
import dev.fitt.server.port.in.DatasetCatalogUseCase;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javax.net.ssl.SSLSocketFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One client, read on its own thread and written by its {@link ConnectionWriter} (which may
 * answer a lone request on the reader's thread). The reader decodes requests and enforces the
 * per-connection limits; hitting one closes only this
 * connection, with a log line. A client that sends half a message and vanishes, or goes on
 * trickling it, ends only its own threads.
 */
final class ServerConnection {
    private static final Logger LOG = LoggerFactory.getLogger(ServerConnection.class);

    private final Socket raw;
    private final SSLSocketFactory tls;
    private final String remote;
    private final String origin;
    private final DatasetCatalogUseCase datasets;
    private final AdminHandler admin;
    /** The server's limits now: an administrator may change some while this connection is open. */
    private final Supplier<SocketServerConfig> settings;
    private final ReplyBuffers buffers;
    private final HelloGuard guard;
    private final String host;
    /** The client's IP address, by which a connection without an annotator's name is known. */
    private final String address;
    private final RequestDecoder decoder;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final BlockedWrite blocked = new BlockedWrite();
    private boolean unknownCommandLogged;
    private boolean malformedLogged;
    private volatile boolean firstMessageSeen;
    private volatile boolean refusedFirst;
    /**
     * When the bytes of the message now pending started to wait; -1 when none is pending. Until
     * the first message is complete, one is pending from the start: a client that says nothing
     * holds its slot no longer than one that says half a message.
     */
    private long pendingSince = System.nanoTime();
    private volatile Thread thread;
    private volatile ExtensionSession session;
    /** The writer's thread, started at the first request (reader's thread only). */
    private Thread writing;
    private boolean writerStarted;

    /**
     * {@code tls} is null for a plain connection. {@code origin} is unique to this connection.
     * {@code buffers} and {@code guard} are shared by the server's connections.
     */
    ServerConnection(Socket raw, SSLSocketFactory tls, String remote, String origin, DatasetCatalogUseCase datasets,
            AdminHandler admin, Supplier<SocketServerConfig> settings, ReplyBuffers buffers, HelloGuard guard) {
        this.raw = Objects.requireNonNull(raw, "raw");
        this.tls = tls;
        this.remote = Objects.requireNonNull(remote, "remote");
        this.origin = Objects.requireNonNull(origin, "origin");
        this.datasets = Objects.requireNonNull(datasets, "datasets");
        this.admin = Objects.requireNonNull(admin, "admin");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.buffers = Objects.requireNonNull(buffers, "buffers");
        this.guard = Objects.requireNonNull(guard, "guard");
        this.host = HostKey.of(raw.getInetAddress());
        this.address = raw.getInetAddress().getHostAddress();
        this.decoder = new RequestDecoder(config().limits(), config().maxMessageBytes());
    }

    void attach(Thread servingThread) {
        this.thread = servingThread;
    }

    Thread thread() {
        return thread;
    }

    String remote() {
        return remote;
    }

    /** True once the client sent a first message that was not refused: a client, not a scan or a guess. */
    boolean welcomed() {
        ExtensionSession current = session;
        return firstMessageSeen && current != null && !current.refused() && !refusedFirst;
    }

    void run() {
        ConnectionWriter writer = null;
        try {
            Socket socket = TlsHandshake.secure(raw, tls, config().messageTimeout(), remote);
            if (socket == null) {
                return;
            }
            session = new ExtensionSession(remote, host, address, guard, origin, () -> config().accessToken(), admin,
                    new DatasetBinding(datasets));
            // A plain connection accepted from a channel can take images straight from their files.
            writer = new ConnectionWriter(
                    new BorrowedBufferOutputStream(new WatchedOutputStream(socket.getOutputStream(), blocked), buffers),
                    socket == raw ? raw.getChannel() : null, blocked, remote, session, config().maxPushBacklog(),
                    this::close);
            // Started at the first request: a connection that never completes one (a scan, a
            // squatter on the slots) costs one thread, not two, until the message timeout drops it.
            writing = new Thread(writer, Thread.currentThread().getName() + "-writer");
            writing.setDaemon(true);
            if (serve(socket, writer)) {
                writer.finish();
                // Answer what the client asked before it stopped sending, unless it also stopped reading.
                writing.join(config().messageTimeout().toMillis());
            }
        } catch (IOException e) {
            if (!closed.get()) {
                LOG.debug("connection to {} lost: {}", remote, e.getMessage());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            close();
            if (writing != null) {
                writing.interrupt();
            }
        }
    }

    /**
     * Closes the connection when a write to it has been blocked longer than the message timeout
     * at {@code now} (the client stopped reading); true when it did. Called by the server's watchdog.
     */
    boolean closeIfWriteStalled(long now) {
        long blockedMillis = TimeUnit.NANOSECONDS.toMillis(blocked.blockedNanos(now));
        if (blockedMillis <= config().messageTimeout().toMillis() || closed.get()) {
            return false;
        }
        LOG.warn("closing the connection to {}: it has not taken what the server sends for {} ms, more than the {} ms"
                + " allowed (message_timeout_seconds)", remote, blockedMillis, config().messageTimeout().toMillis());
        close();
        return true;
    }

    /**
     * For a stop: reads nothing more, answers what the client asked so far, then closes (the
     * client's next read ends). A change being committed is so applied before the stop's save, and
     * its client gets its answer.
     */
    void stopReading() {
        try {
            raw.shutdownInput();
        } catch (IOException e) {
            close();
        }
    }

    /** Closes the TCP connection at once, without a TLS goodbye that could wait on a stuck writer. */
    void close() {
        if (closed.compareAndSet(false, true)) {
            try {
                raw.close();
            } catch (IOException e) {
                LOG.debug("closing the connection to {} failed", remote, e);
            }
        }
    }

    /**
     * Reads until the client stops sending (true) or a limit says close at once (false). Between
     * messages the read blocks without a timeout; only while a message is unfinished (or the first
     * one has not arrived) does it wake every tick to enforce the message timeout. A timed read on a socket with a channel switches
     * the channel to non-blocking and back, four system calls per request, and closing the socket
     * (a stop, a limit) ends an untimed read just as well.
     */
    private boolean serve(Socket socket, ConnectionWriter writer) throws IOException {
        InputStream input = socket.getInputStream();
        ByteBuffer in = ByteBuffer.allocate(ReadBuffer.IDLE);
        int timeout = -1;
        while (!closed.get()) {
            int wanted = pendingSince < 0 ? 0 : tickMillis();
            if (wanted != timeout) {
                socket.setSoTimeout(wanted);
                timeout = wanted;
            }
            int read;
            try {
                read = input.read(in.array(), in.position(), in.remaining());
            } catch (SocketTimeoutException e) {
                if (stalled()) {
                    return false;
                }
                continue;
            }
            if (read < 0) {
                break;
            }
            boolean filled = read == in.remaining();
            in.position(in.position() + read).flip();
            boolean keepOpen = decodeAll(in, writer);
            in.compact();
            if (!keepOpen || stalled()) {
                return false;
            }
            in = ReadBuffer.roomToRead(in, filled, decoder.maxMessageBytes());
        }
        if (decoder.skippedBytes() > 0) {
            LOG.debug("client {} sent {} bytes that started no message", remote, decoder.skippedBytes());
        }
        return !closed.get();
    }

    /** Decodes and hands over every complete request; false when a limit says close. */
    private boolean decodeAll(ByteBuffer in, ConnectionWriter writer) {
        while (true) {
            Request request;
            try {
                request = decoder.decode(in);
            } catch (LimitExceededException e) {
                LOG.warn("closing the connection to {}: {} (maxMessageBytes)", remote, e.getMessage());
                return false;
            } catch (UnknownCommandException e) {
                if (!unknownCommandLogged) {
                    unknownCommandLogged = true;
                    LOG.warn("client {} sent {}; skipping to the next message (logged once per connection)",
                            remote, e.getMessage());
                }
                continue;
            } catch (ProtocolException e) {
                if (!malformedLogged) {
                    malformedLogged = true;
                    LOG.warn("client {} sent a malformed request: {}; skipping to the next message "
                            + "(logged once per connection)", remote, e.getMessage());
                }
                continue;
            }
            if (request == null) {
                boolean pending = in.hasRemaining() || !firstMessageSeen;
                pendingSince = pending ? (pendingSince < 0 ? System.nanoTime() : pendingSince) : -1;
                return true;
            }
            pendingSince = -1;
            if (!admitted(request)) {
                return false;
            }
            if (!writerStarted) {
                writerStarted = true;
                writing.start();
            }
            int unanswered = writer.submit(request, !in.hasRemaining());
            if (unanswered > config().maxRequestsInFlight()) {
                LOG.warn("closing the connection to {}: {} requests are waiting for an answer, more than "
                        + "the limit of {} (maxRequestsInFlight)", remote, unanswered, config().maxRequestsInFlight());
                return false;
            }
        }
    }

    /** With an access token, the first message must be a hello (the writer checks the token). */
    private boolean admitted(Request request) {
        if (firstMessageSeen) {
            return true;
        }
        firstMessageSeen = true;
        Optional<String> token = config().accessToken();
        if (token.isPresent() && !(request instanceof Request.Hello)) {
            refusedFirst = true;
            guard.refused(host, "this server needs an access token, but its first message was not a hello");
            return false;
        }
        return true;
    }

    /** True when the pending message has waited longer than the message timeout (logged). */
    private boolean stalled() {
        if (pendingSince < 0) {
            return false;
        }
        long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - pendingSince);
        if (waited <= config().messageTimeout().toMillis()) {
            return false;
        }
        if (firstMessageSeen) {
            LOG.warn("closing the connection to {}: it left a message unfinished for {} ms, more than the {} ms "
                    + "allowed (message_timeout_seconds)", remote, waited, config().messageTimeout().toMillis());
        } else {
            // Many such clients are a scan or an attack on the slots: summed up, not a line each.
            guard.refused(host, "no complete first message within the message timeout (message_timeout_seconds)");
        }
        return true;
    }

    private SocketServerConfig config() {
        return settings.get();
    }

    /** How often a quiet reader wakes up to check the message timeout. */
    private int tickMillis() {
        return (int) Math.max(10, Math.min(1000, config().messageTimeout().toMillis() / 4));
    }
}
