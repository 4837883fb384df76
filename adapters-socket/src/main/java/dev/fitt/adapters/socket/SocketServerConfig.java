package dev.fitt.adapters.socket;

import dev.fitt.adapters.socket.protocol.CodecLimits;
import dev.fitt.adapters.socket.protocol.RequestDecoder;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the tagging server listens, how much it accepts from each client, and who may connect.
 * Each limit, when a client hits it, closes only that client's connection (with a log line).
 *
 * @param host                address to bind, e.g. {@code 0.0.0.0} or {@code 127.0.0.1}
 * @param port                TCP port, 0 for any free one
 * @param maxConnections      connections served at once; further ones are closed on arrival
 * @param limits              bounds on what a client may declare in a v1 request
 * @param maxMessageBytes     largest request, extension bodies included
 * @param maxRequestsInFlight requests a client may pipeline that are not answered yet
 * @param messageTimeout      how long a client may take to finish a message it started (a
 *                            slowloris client is dropped), to send its first complete message
 *                            after connecting (TLS handshake included; a silent one is dropped),
 *                            and to take anything of what the server sends (one that stops
 *                            reading is dropped); also the longest a token check waits for its
 *                            host's turn after wrong tokens
 * @param maxPushBacklog      pushed changes a subscriber may fall behind before it is dropped
 * @param accessToken         when present, a connection must open with a hello carrying it
 * @param tls                 when present, connections are TLS with this keystore
 * @param maxConnectionsPerHost connections one address may hold at once, so that one host (a
 *                            broken script, an attacker) cannot take every slot; a team behind
 *                            one NAT address shares it, hence a generous default
 */
public record SocketServerConfig(String host, int port, int maxConnections, CodecLimits limits, int maxMessageBytes,
        int maxRequestsInFlight, Duration messageTimeout, int maxPushBacklog, Optional<String> accessToken,
        Optional<ServerTls> tls, int maxConnectionsPerHost) {
    public static final int DEFAULT_MAX_CONNECTIONS = 1024;
    public static final int DEFAULT_MAX_CONNECTIONS_PER_HOST = 256;
    public static final int DEFAULT_MAX_MESSAGE_BYTES = RequestDecoder.DEFAULT_MAX_MESSAGE_BYTES;
    public static final int DEFAULT_MAX_REQUESTS_IN_FLIGHT = 4096;
    public static final Duration DEFAULT_MESSAGE_TIMEOUT = Duration.ofSeconds(10);
    public static final int DEFAULT_MAX_PUSH_BACKLOG = 10_000;

    public SocketServerConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(messageTimeout, "messageTimeout");
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(tls, "tls");
        if (host.isBlank()) {
            throw new IllegalArgumentException("server host must not be blank");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("server port must be 0..65535, got " + port);
        }
        atLeast(maxConnections, 1, "maxConnections");
        atLeast(maxConnectionsPerHost, 1, "maxConnectionsPerHost");
        atLeast(maxMessageBytes, 64, "maxMessageBytes");
        atLeast(maxRequestsInFlight, 1, "maxRequestsInFlight");
        atLeast(maxPushBacklog, 1, "maxPushBacklog");
        if (messageTimeout.toMillis() < 1 || messageTimeout.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("server messageTimeout must be positive (and under 24 days), got "
                    + messageTimeout);
        }
        if (accessToken.isPresent() && accessToken.get().isEmpty()) {
            throw new IllegalArgumentException("server accessToken must not be empty; leave it out for no token");
        }
    }

    /** Safe defaults for the limits, no token, no TLS. */
    public SocketServerConfig(String host, int port, int maxConnections, CodecLimits limits) {
        this(host, port, maxConnections, limits, DEFAULT_MAX_MESSAGE_BYTES, DEFAULT_MAX_REQUESTS_IN_FLIGHT,
                DEFAULT_MESSAGE_TIMEOUT, DEFAULT_MAX_PUSH_BACKLOG, Optional.empty(), Optional.empty(),
                DEFAULT_MAX_CONNECTIONS_PER_HOST);
    }

    public static SocketServerConfig of(String host, int port) {
        return new SocketServerConfig(host, port, DEFAULT_MAX_CONNECTIONS, CodecLimits.defaults());
    }

    public SocketServerConfig withMaxConnections(int value) {
        return new SocketServerConfig(host, port, value, limits, maxMessageBytes, maxRequestsInFlight, messageTimeout,
                maxPushBacklog, accessToken, tls, maxConnectionsPerHost);
    }

    public SocketServerConfig withMaxConnectionsPerHost(int value) {
        return new SocketServerConfig(host, port, maxConnections, limits, maxMessageBytes, maxRequestsInFlight,
                messageTimeout, maxPushBacklog, accessToken, tls, value);
    }

    public SocketServerConfig withMaxMessageBytes(int value) {
        return new SocketServerConfig(host, port, maxConnections, limits, value, maxRequestsInFlight, messageTimeout,
                maxPushBacklog, accessToken, tls, maxConnectionsPerHost);
    }

    public SocketServerConfig withMaxRequestsInFlight(int value) {
        return new SocketServerConfig(host, port, maxConnections, limits, maxMessageBytes, value, messageTimeout,
                maxPushBacklog, accessToken, tls, maxConnectionsPerHost);
    }

    public SocketServerConfig withMessageTimeout(Duration value) {
        return new SocketServerConfig(host, port, maxConnections, limits, maxMessageBytes, maxRequestsInFlight, value,
                maxPushBacklog, accessToken, tls, maxConnectionsPerHost);
    }

    public SocketServerConfig withMaxPushBacklog(int value) {
        return new SocketServerConfig(host, port, maxConnections, limits, maxMessageBytes, maxRequestsInFlight,
                messageTimeout, value, accessToken, tls, maxConnectionsPerHost);
    }

    public SocketServerConfig withAccessToken(String token) {
        return new SocketServerConfig(host, port, maxConnections, limits, maxMessageBytes, maxRequestsInFlight,
                messageTimeout, maxPushBacklog, Optional.of(token), tls, maxConnectionsPerHost);
    }

    public SocketServerConfig withoutAccessToken() {
        return new SocketServerConfig(host, port, maxConnections, limits, maxMessageBytes, maxRequestsInFlight,
                messageTimeout, maxPushBacklog, Optional.empty(), tls, maxConnectionsPerHost);
    }

    public SocketServerConfig withTls(ServerTls value) {
        return new SocketServerConfig(host, port, maxConnections, limits, maxMessageBytes, maxRequestsInFlight,
                messageTimeout, maxPushBacklog, accessToken, Optional.of(value), maxConnectionsPerHost);
    }

    /**
     * Checks that {@code changed} differs from this only in what a running server can take on:
     * the connection limit, the message timeout and the access token (each connection reads them
     * when it needs them); the rest is fixed when the server starts.
     *
     * @throws IllegalArgumentException when anything else differs
     */
    public void checkOnlyLiveFieldsDiffer(SocketServerConfig changed) {
        SocketServerConfig liveOnly = withMaxConnections(changed.maxConnections())
                .withMessageTimeout(changed.messageTimeout());
        liveOnly = changed.accessToken().map(liveOnly::withAccessToken).orElseGet(liveOnly::withoutAccessToken);
        if (!liveOnly.equals(changed)) {
            throw new IllegalArgumentException("only the connection limit, the message timeout and the access token"
                    + " can change while the server runs; the rest needs a restart");
        }
    }

    @Override
    public String toString() {
        return "SocketServerConfig[" + host + ":" + port + ", maxConnections=" + maxConnections
                + ", maxConnectionsPerHost=" + maxConnectionsPerHost + ", maxMessageBytes="
                + maxMessageBytes + ", maxRequestsInFlight=" + maxRequestsInFlight + ", messageTimeout="
                + messageTimeout + ", maxPushBacklog=" + maxPushBacklog + ", accessToken="
                + (accessToken.isPresent() ? "set" : "none") + ", tls=" + tls + "]";
    }

    private static void atLeast(int value, int least, String field) {
        if (value < least) {
            throw new IllegalArgumentException("server " + field + " must be at least " + least + ", got " + value);
        }
    }
}
