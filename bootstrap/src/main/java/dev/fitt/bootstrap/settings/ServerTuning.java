package dev.fitt.bootstrap.settings;

import dev.fitt.adapters.csv.CsvStoreConfig;
import dev.fitt.adapters.socket.SocketServerConfig;
import java.nio.file.Path;

/**
 * What fitt adds to the original server settings: how often the server saves by itself, the
 * limits that protect it from hostile or broken clients, and optional access control. Every field
 * has a safe default, so the seed's server_setting.json works unchanged.
 *
 * @param accessToken      null = no token; else clients must send it in the extension hello
 *                         (v1 clients then cannot connect)
 * @param tlsKeystore      null = plain TCP; else a PKCS12 keystore with the server's key
 * @param maxConnectionsPerHost connections one client address may hold (a team behind one NAT
 *                         address shares it)
 * @param imageRoot        null = the data CSV's folder: only images under it are served
 * @param allowImagesOutsideRoot serve any regular file a row names (absolute, {@code ..}, symlinks out)
 */
public record ServerTuning(int autosaveChanges, int autosaveSeconds, int saveCpuPercent, int maxConnections,
        int maxMessageBytes, int maxRequestsInFlight, int messageTimeoutSeconds, String accessToken, Path tlsKeystore,
        String tlsKeystorePassword, int maxConnectionsPerHost, Path imageRoot, boolean allowImagesOutsideRoot) {

    public static final int DEFAULT_AUTOSAVE_CHANGES = 1_000;
    public static final int DEFAULT_AUTOSAVE_SECONDS = 30;
    /** The share of one core a save may use (the CSV adapter's default, see its SavePacer). */
    public static final int DEFAULT_SAVE_CPU_PERCENT = CsvStoreConfig.DEFAULT_SAVE_CPU_PERCENT;
    public static final int DEFAULT_MAX_CONNECTIONS = SocketServerConfig.DEFAULT_MAX_CONNECTIONS;
    public static final int DEFAULT_MAX_CONNECTIONS_PER_HOST = SocketServerConfig.DEFAULT_MAX_CONNECTIONS_PER_HOST;
    public static final int DEFAULT_MAX_MESSAGE_BYTES = 1 << 20;
    public static final int DEFAULT_MAX_REQUESTS_IN_FLIGHT = 1_024;
    public static final int DEFAULT_MESSAGE_TIMEOUT_SECONDS = 10;

    /** The default share per host, and images only under the data CSV's folder, as the defaults have it. */
    public ServerTuning(int autosaveChanges, int autosaveSeconds, int saveCpuPercent, int maxConnections,
            int maxMessageBytes, int maxRequestsInFlight, int messageTimeoutSeconds, String accessToken,
            Path tlsKeystore, String tlsKeystorePassword) {
        this(autosaveChanges, autosaveSeconds, saveCpuPercent, maxConnections, maxMessageBytes, maxRequestsInFlight,
                messageTimeoutSeconds, accessToken, tlsKeystore, tlsKeystorePassword, DEFAULT_MAX_CONNECTIONS_PER_HOST,
                null, false);
    }

    public ServerTuning {
        atLeast("autosave_changes", autosaveChanges, 0);
        atLeast("autosave_seconds", autosaveSeconds, 0);
        if (saveCpuPercent < CsvStoreConfig.MIN_SAVE_CPU_PERCENT || saveCpuPercent > 100) {
            throw new IllegalArgumentException("field \"save_cpu_percent\" must be " + CsvStoreConfig.MIN_SAVE_CPU_PERCENT
                    + "..100, got " + saveCpuPercent);
        }
        atLeast("max_connections", maxConnections, 1);
        atLeast("max_connections_per_host", maxConnectionsPerHost, 1);
        atLeast("max_message_bytes", maxMessageBytes, 1_024);
        atLeast("max_requests_in_flight", maxRequestsInFlight, 1);
        atLeast("message_timeout_seconds", messageTimeoutSeconds, 1);
        if (accessToken != null && accessToken.isBlank()) {
            throw new IllegalArgumentException("field \"access_token\" must not be empty (leave it out for no token)");
        }
        if (tlsKeystore != null && tlsKeystorePassword == null) {
            throw new IllegalArgumentException(
                    "field \"tls_keystore_password\" is required when \"tls_keystore\" is set");
        }
    }

    public static ServerTuning defaults() {
        return new ServerTuning(DEFAULT_AUTOSAVE_CHANGES, DEFAULT_AUTOSAVE_SECONDS, DEFAULT_SAVE_CPU_PERCENT,
                DEFAULT_MAX_CONNECTIONS,
                DEFAULT_MAX_MESSAGE_BYTES, DEFAULT_MAX_REQUESTS_IN_FLIGHT, DEFAULT_MESSAGE_TIMEOUT_SECONDS,
                null, null, null, DEFAULT_MAX_CONNECTIONS_PER_HOST, null, false);
    }

    /** The same tuning serving images under {@code imageRoot} (null: the data CSV's folder), or anywhere. */
    public ServerTuning withImages(Path imageRoot, boolean allowImagesOutsideRoot) {
        return new ServerTuning(autosaveChanges, autosaveSeconds, saveCpuPercent, maxConnections, maxMessageBytes,
                maxRequestsInFlight, messageTimeoutSeconds, accessToken, tlsKeystore, tlsKeystorePassword,
                maxConnectionsPerHost, imageRoot, allowImagesOutsideRoot);
    }

    ServerTuning resolvedAgainst(Path workingDirectory) {
        return new ServerTuning(autosaveChanges, autosaveSeconds, saveCpuPercent,
                maxConnections,
                maxMessageBytes, maxRequestsInFlight, messageTimeoutSeconds, accessToken,
                resolve(workingDirectory, tlsKeystore), tlsKeystorePassword, maxConnectionsPerHost,
                resolve(workingDirectory, imageRoot), allowImagesOutsideRoot);
    }

    private static Path resolve(Path workingDirectory, Path path) {
        return path == null ? null : workingDirectory.resolve(path).normalize();
    }

    private static void atLeast(String field, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException("field \"" + field + "\" must be at least " + min + ", got " + value);
        }
    }
}
