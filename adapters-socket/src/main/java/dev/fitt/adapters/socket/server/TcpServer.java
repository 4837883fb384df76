package dev.fitt.adapters.socket.server;

import dev.fitt.adapters.socket.Administration;
import dev.fitt.adapters.socket.RunningServer;
import dev.fitt.adapters.socket.ServedUseCases;
import dev.fitt.adapters.socket.SocketServerConfig;
import dev.fitt.adapters.socket.TlsContexts;
import dev.fitt.server.port.in.DatasetCatalogUseCase;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.ServerSocketChannel;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLSocketFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Accepts connections on one thread and serves each on its own (blocking java.net streams: simple,
 * the same code with and without TLS; an idle connection costs two parked threads and a small read
 * buffer, so the default number of slots fits a small machine). Slots are guarded three ways: a
 * total, a share per host, and a deadline for the first message (see {@link ServerConnection}), so
 * neither silent sockets nor one host can lock the others out.
 */
public final class TcpServer implements RunningServer {
    private static final Logger LOG = LoggerFactory.getLogger(TcpServer.class);
    private static final long CLOSE_WAIT_MILLIS = 5_000;
    /** Output buffers: as large as a socket write worth batching; a few spare ones are kept. */
    private static final int REPLY_BUFFER_BYTES = 64 * 1024;
    private static final int SPARE_REPLY_BUFFERS = 16;
    private static final long REFUSALS_LOGGED_EVERY_NANOS = TimeUnit.MINUTES.toNanos(1);

    private final ServerSocket listener;
    private final InetSocketAddress address;
    /** Replaced whole when an administrator changes a limit or the token; connections read it when they need it. */
    private volatile SocketServerConfig config;
    private final DatasetCatalogUseCase datasets;
    private final AdminHandler admin;
    private final SSLSocketFactory tls;
    private final Set<ServerConnection> connections = ConcurrentHashMap.newKeySet();
    private final HostSlots hostSlots = new HostSlots(() -> this.config.maxConnectionsPerHost());
    private final ReplyBuffers replyBuffers = new ReplyBuffers(REPLY_BUFFER_BYTES, SPARE_REPLY_BUFFERS);
    private final HelloGuard guard;
    private final AtomicLong connectionIds = new AtomicLong();
    private final Thread acceptor;
    private final Thread watchdog;
    private volatile boolean closed;

    private TcpServer(ServerSocket listener, SocketServerConfig config, DatasetCatalogUseCase datasets,
            Optional<Administration> administration, SSLSocketFactory tls) {
        this.listener = listener;
        this.address = (InetSocketAddress) listener.getLocalSocketAddress();
        this.config = config;
        this.datasets = datasets;
        this.admin = new AdminHandler(administration, datasets, connections::size);
        this.tls = tls;
        this.guard = new HelloGuard(new TokenThrottle(() -> this.config.messageTimeout().toNanos()),
                new RefusalLog(REFUSALS_LOGGED_EVERY_NANOS, System.nanoTime()));
        this.acceptor = new Thread(this::acceptLoop, "fitt-accept-" + address.getPort());
        this.acceptor.setDaemon(true);
        this.watchdog = new Thread(this::watchWrites, "fitt-write-watchdog-" + address.getPort());
        this.watchdog.setDaemon(true);
    }

    public static TcpServer start(SocketServerConfig config, ServedUseCases useCases,
            Optional<Administration> administration) throws IOException {
        return start(config, new OneServedDataset(useCases), administration);
    }

    /** Binds the address and lets it go at once: {@link #start} names the same failure. */
    public static void checkCanListen(SocketServerConfig config) throws IOException {
        if (config.port() == 0) {
            return;
        }
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(config.host(), config.port()), 1);
        } catch (IOException e) {
            throw cannotListen(config, e);
        }
    }

    private static IOException cannotListen(SocketServerConfig config, IOException e) {
        return new IOException("cannot listen on " + config.host() + ":" + config.port() + ": " + e.getMessage(), e);
    }

    public static TcpServer start(SocketServerConfig config, DatasetCatalogUseCase datasets,
            Optional<Administration> administration) throws IOException {
        SSLSocketFactory tls = config.tls().isPresent() ? TlsContexts.server(config.tls().get()).getSocketFactory()
                : null;
        // A channel's server socket: the connections it accepts have a channel, which lets a
        // connection send an image file with sendfile (ConnectionWriter); otherwise the same API.
        ServerSocket listener = ServerSocketChannel.open().socket();
        try {
            listener.setReuseAddress(true);
            listener.bind(new InetSocketAddress(config.host(), config.port()), 128);
            TcpServer server = new TcpServer(listener, config, datasets, administration, tls);
            server.acceptor.start();
            server.watchdog.start();
            LOG.info("tagging server listening on {}{}{}", server.address, tls != null ? " (TLS)" : "",
                    config.accessToken().isPresent() ? " (access token required)" : "");
            return server;
        } catch (IOException e) {
            listener.close();
            throw cannotListen(config, e);
        }
    }

    private void acceptLoop() {
        AcceptFailures failures = new AcceptFailures(String.valueOf(address));
        while (!closed) {
            Socket channel;
            try {
                channel = listener.accept();
            } catch (IOException e) {
                if (listener.isClosed() || closed) {
                    return;
                }
                // Out of file descriptors, typically: it lasts until connections end, so wait.
                if (!pause(failures.failed(e, System.nanoTime()))) {
                    return;
                }
                continue;
            }
            if (admit(channel)) {
                failures.succeeded(System.nanoTime());
            } else if (!pause(failures.failed(new IOException("no thread could be started for a connection"),
                    System.nanoTime()))) {
                return;
            }
        }
    }

    /** Sleeps {@code millis}; false when interrupted (the server is closing). */
    private static boolean pause(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            return false;
        }
    }

    /**
     * Closes connections whose client stopped taking what the server sends (see {@link BlockedWrite}).
     * A thread of its own: a connection's threads are the ones stuck in the write.
     */
    private void watchWrites() {
        while (!closed) {
            long tick = Math.max(10, Math.min(1_000, config.messageTimeout().toMillis() / 4));
            try {
                Thread.sleep(tick);
            } catch (InterruptedException e) {
                return;
            }
            long now = System.nanoTime();
            for (ServerConnection connection : connections) {
                connection.closeIfWriteStalled(now);
            }
            guard.tick(now);
        }
    }

    /** Serves or refuses the connection; false when no thread could be started for it (refused too). */
    private boolean admit(Socket channel) {
        String remote = remoteOf(channel);
        String host = HostKey.of(channel.getInetAddress());
        // Only this thread adds connections, so the checks cannot race another admission.
        if (closed) {
            closeQuietly(channel);
            return true;
        }
        SocketServerConfig limits = config;
        if (connections.size() >= limits.maxConnections()) {
            guard.refused(host, "the server already serves " + limits.maxConnections()
                    + " connections, its limit (maxConnections)");
            closeQuietly(channel);
            return true;
        }
        if (!hostSlots.take(host)) {
            guard.refused(host, "this host already has " + config.maxConnectionsPerHost()
                    + " connections, the limit per host (maxConnectionsPerHost)");
            closeQuietly(channel);
            return true;
        }
        try {
            channel.setTcpNoDelay(true);
        } catch (IOException e) {
            LOG.warn("cannot turn off Nagle's algorithm for {}: {}", remote, e.getMessage());
        }
        long id = connectionIds.incrementAndGet();
        // The origin of this connection's edits: unique, so its own changes are never pushed back to it.
        String origin = "connection-" + id + "@" + remote;
        ServerConnection connection = new ServerConnection(channel, tls, remote, origin, datasets, admin,
                this::config, replyBuffers, guard);
        connections.add(connection);
        // A connect line per connection only at DEBUG: a flood of them (a scan, guesses) would flood the log.
        LOG.debug("client {} connected ({})", remote, connectionCount(connections.size()));
        Thread thread = new Thread(() -> {
            try {
                connection.run();
            } finally {
                connections.remove(connection);
                hostSlots.release(host);
                if (connection.welcomed()) {
                    LOG.info("client {} disconnected ({})", remote, connectionCount(connections.size()));
                } else {
                    LOG.debug("client {} disconnected ({})", remote, connectionCount(connections.size()));
                }
            }
        }, "fitt-client-" + id + "-" + remote);
        thread.setDaemon(true);
        connection.attach(thread);
        try {
            thread.start();
            return true;
        } catch (OutOfMemoryError e) {
            // The system's thread limit, not the heap: refuse this one, and let the accept loop
            // wait as when out of files, rather than let the error end the accept thread for good.
            connections.remove(connection);
            hostSlots.release(host);
            closeQuietly(channel);
            return false;
        }
    }

    @Override
    public InetSocketAddress address() {
        return address;
    }

    @Override
    public int connectionCount() {
        return connections.size();
    }

    @Override
    public SocketServerConfig config() {
        return config;
    }

    @Override
    public synchronized void reconfigure(SocketServerConfig changed) {
        config.checkOnlyLiveFieldsDiffer(changed);
        config = changed;
        LOG.info("server settings changed: {}", changed);
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        closeQuietly(listener);
        acceptor.interrupt();
        watchdog.interrupt();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(CLOSE_WAIT_MILLIS);
        join(acceptor, deadline);
        join(watchdog, deadline);
        List<ServerConnection> open = List.copyOf(connections);
        for (ServerConnection connection : open) {
            connection.stopReading();
        }
        for (ServerConnection connection : open) {
            join(connection.thread(), deadline);
        }
        // Whatever has not finished answering by now (a client that stopped reading) is cut off.
        for (ServerConnection connection : open) {
            Thread serving = connection.thread();
            if (serving != null && serving.isAlive()) {
                LOG.warn("closing the connection to {}: it had not taken its answers {} ms after the stop",
                        connection.remote(), CLOSE_WAIT_MILLIS);
            }
            connection.close();
        }
        LOG.info("tagging server on {} stopped", address);
    }

    private static String connectionCount(int count) {
        return count + (count == 1 ? " connection" : " connections");
    }

    private static void join(Thread thread, long deadline) {
        long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (thread == null || left <= 0) {
            return;
        }
        try {
            thread.join(left);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String remoteOf(Socket channel) {
        return String.valueOf(channel.getRemoteSocketAddress());
    }

    static void closeQuietly(java.io.Closeable channel) {
        try {
            channel.close();
        } catch (IOException e) {
            LOG.debug("closing a socket failed", e);
        }
    }
}
