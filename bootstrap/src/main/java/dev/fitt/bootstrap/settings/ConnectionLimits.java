package dev.fitt.bootstrap.settings;

import dev.fitt.adapters.socket.SocketServerConfig;

/**
 * The limits that protect the server from hostile or broken clients.
 *
 * @param maxConnectionsPerHost connections one client address may hold (a team behind one NAT
 *                              address shares it)
 */
public record ConnectionLimits(int maxConnections, int maxConnectionsPerHost, int maxMessageBytes,
        int maxRequestsInFlight, int messageTimeoutSeconds) {
    public static final int DEFAULT_MAX_CONNECTIONS = SocketServerConfig.DEFAULT_MAX_CONNECTIONS;
    public static final int DEFAULT_MAX_CONNECTIONS_PER_HOST = SocketServerConfig.DEFAULT_MAX_CONNECTIONS_PER_HOST;
    public static final int DEFAULT_MAX_MESSAGE_BYTES = 1 << 20;
    public static final int DEFAULT_MAX_REQUESTS_IN_FLIGHT = 1_024;
    public static final int DEFAULT_MESSAGE_TIMEOUT_SECONDS = 10;

    public ConnectionLimits {
        SettingsChecks.atLeast("max_connections", maxConnections, 1);
        SettingsChecks.atLeast("max_connections_per_host", maxConnectionsPerHost, 1);
        SettingsChecks.atLeast("max_message_bytes", maxMessageBytes, 1_024);
        SettingsChecks.atLeast("max_requests_in_flight", maxRequestsInFlight, 1);
        SettingsChecks.atLeast("message_timeout_seconds", messageTimeoutSeconds, 1);
    }

    public static ConnectionLimits defaults() {
        return new ConnectionLimits(DEFAULT_MAX_CONNECTIONS, DEFAULT_MAX_CONNECTIONS_PER_HOST, DEFAULT_MAX_MESSAGE_BYTES,
                DEFAULT_MAX_REQUESTS_IN_FLIGHT, DEFAULT_MESSAGE_TIMEOUT_SECONDS);
    }
}
