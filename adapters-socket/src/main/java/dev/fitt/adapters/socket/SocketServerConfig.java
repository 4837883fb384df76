package dev.fitt.adapters.socket;

import java.util.Objects;

/**
 * Where the tagging server listens and how much it accepts.
 *
 * @param host           address to bind, e.g. {@code 0.0.0.0} or {@code 127.0.0.1}
 * @param port           TCP port, 0 for any free one
 * @param maxConnections connections served at once; further ones are closed on arrival
 * @param limits         bounds on what a client may declare in a request
 */
public record SocketServerConfig(String host, int port, int maxConnections, CodecLimits limits) {
    public static final int DEFAULT_MAX_CONNECTIONS = 64;

    public SocketServerConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(limits, "limits");
        if (host.isBlank()) {
            throw new IllegalArgumentException("server host must not be blank");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("server port must be 0..65535, got " + port);
        }
        if (maxConnections < 1) {
            throw new IllegalArgumentException("server maxConnections must be at least 1, got " + maxConnections);
        }
    }

    public static SocketServerConfig of(String host, int port) {
        return new SocketServerConfig(host, port, DEFAULT_MAX_CONNECTIONS, CodecLimits.defaults());
    }
}
