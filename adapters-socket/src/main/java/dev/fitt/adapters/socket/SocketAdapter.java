package dev.fitt.adapters.socket;

import dev.fitt.adapters.socket.client.TcpClient;
import dev.fitt.adapters.socket.server.TcpServer;
import dev.fitt.client.port.out.ServerAdminPort;
import dev.fitt.client.port.out.TaggingServerPort;
import dev.fitt.client.port.out.TeamWorkPort;
import dev.fitt.server.port.in.DatasetCatalogUseCase;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/** The socket adapter's entry points: serve the core over TCP, or reach such a server as a client. */
public final class SocketAdapter {
    private SocketAdapter() {
    }

    /**
     * Fails as {@code startServer} would when the address cannot be listened on (taken by another
     * process, not this machine's), so that a server says so before it loads its data; port 0 (any
     * free one) always can.
     */
    public static void checkCanListen(SocketServerConfig config) throws IOException {
        TcpServer.checkCanListen(config);
    }

    /**
     * Starts a server of protocol v1 and its extensions (to clients that ask for them); it runs
     * until the returned handle is closed.
     */
    public static RunningServer startServer(SocketServerConfig config, ServedUseCases useCases) throws IOException {
        return TcpServer.start(config, useCases, Optional.empty());
    }

    /**
     * A server that also answers an administrator: a connection that said hello and then proved
     * itself with {@link Administration#token()} (see docs/PROTOCOL-EXTENSIONS.md, "Administration").
     */
    public static RunningServer startServer(SocketServerConfig config, ServedUseCases useCases,
            Administration administration) throws IOException {
        return TcpServer.start(config, useCases, Optional.of(administration));
    }

    /**
     * Starts a server of several datasets: each connection works on the catalog's default dataset
     * until it selects another (extension {@code FF 19}); a v1 client always gets the default.
     */
    public static RunningServer startServer(SocketServerConfig config, DatasetCatalogUseCase datasets)
            throws IOException {
        return TcpServer.start(config, datasets, Optional.empty());
    }

    /** A server of several datasets that also answers an administrator, over the same catalog. */
    public static RunningServer startServer(SocketServerConfig config, DatasetCatalogUseCase datasets,
            Administration administration) throws IOException {
        return TcpServer.start(config, datasets, Optional.of(administration));
    }

    /**
     * A client of a protocol v1 server (ours or the original). It connects on first use, and after
     * a lost connection each call makes one fresh attempt; {@code timeout} bounds connecting and
     * every wait for a reply.
     */
    public static TaggingServerPort connect(String host, int port, Duration timeout) {
        return connect(ClientConfig.of(host, port, timeout));
    }

    /**
     * A client with everything configurable: hello timeout, access token, TLS trust. Each connection
     * says the extension hello first and falls back to plain v1 when the server does not answer it.
     */
    public static TaggingServerPort connect(ClientConfig config) {
        return TcpClient.connect(config);
    }

    /** The team work side (provenance, review, annotator statistics) of a connection made by {@link #connect}. */
    public static TeamWorkPort teamWork(TaggingServerPort connected) {
        return TcpClient.teamWork(connected);
    }

    /**
     * An administrator's client of a fitt server: connects on first use, says hello asking for
     * administration and proves itself with {@code adminToken}; a lost connection is opened again
     * by the next call.
     */
    public static ServerAdminPort administer(ClientConfig config, String adminToken) {
        return TcpClient.administer(config, adminToken);
    }
}
