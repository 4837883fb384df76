package dev.fitt.bootstrap.settings;

import dev.fitt.adapters.csv.CsvStoreConfig;
import dev.fitt.adapters.socket.ClientConfig;
import dev.fitt.adapters.socket.SocketServerConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

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
 * @param adminToken       null = no administration; else a client that sends it may read and change
 *                         settings while the server runs ({@code fitt admin})
 * @param defaultDataset   null = the first dataset in name order; the dataset a client gets when it
 *                         names none
 */
public record ServerTuning(int autosaveChanges, int autosaveSeconds, int saveCpuPercent, int maxConnections,
        int maxMessageBytes, int maxRequestsInFlight, int messageTimeoutSeconds, String accessToken, Path tlsKeystore,
        String tlsKeystorePassword, int maxConnectionsPerHost, Path imageRoot, boolean allowImagesOutsideRoot,
        String adminToken, String defaultDataset) {

    public static final int DEFAULT_AUTOSAVE_CHANGES = 1_000;
    public static final int DEFAULT_AUTOSAVE_SECONDS = 30;
    /** The share of one core a save may use (the CSV adapter's default, see its SavePacer). */
    public static final int DEFAULT_SAVE_CPU_PERCENT = CsvStoreConfig.DEFAULT_SAVE_CPU_PERCENT;
    public static final int DEFAULT_MAX_CONNECTIONS = SocketServerConfig.DEFAULT_MAX_CONNECTIONS;
    public static final int DEFAULT_MAX_CONNECTIONS_PER_HOST = SocketServerConfig.DEFAULT_MAX_CONNECTIONS_PER_HOST;
    public static final int DEFAULT_MAX_MESSAGE_BYTES = 1 << 20;
    public static final int DEFAULT_MAX_REQUESTS_IN_FLIGHT = 1_024;
    public static final int DEFAULT_MESSAGE_TIMEOUT_SECONDS = 10;
    /** The fields an administrator may change while the server runs ({@code fitt admin set}). */
    public static final List<String> LIVE_FIELDS = List.of("autosave_changes", "autosave_seconds", "save_cpu_percent",
            "default_dataset", "max_connections", "message_timeout_seconds", "access_token");

    /** The default share per host, and images only under the data CSV's folder, as the defaults have it. */
    public ServerTuning(int autosaveChanges, int autosaveSeconds, int saveCpuPercent, int maxConnections,
            int maxMessageBytes, int maxRequestsInFlight, int messageTimeoutSeconds, String accessToken,
            Path tlsKeystore, String tlsKeystorePassword) {
        this(autosaveChanges, autosaveSeconds, saveCpuPercent, maxConnections, maxMessageBytes, maxRequestsInFlight,
                messageTimeoutSeconds, accessToken, tlsKeystore, tlsKeystorePassword, DEFAULT_MAX_CONNECTIONS_PER_HOST,
                null, false);
    }

    /** No administration, the first dataset by default. */
    public ServerTuning(int autosaveChanges, int autosaveSeconds, int saveCpuPercent, int maxConnections,
            int maxMessageBytes, int maxRequestsInFlight, int messageTimeoutSeconds, String accessToken,
            Path tlsKeystore, String tlsKeystorePassword, int maxConnectionsPerHost, Path imageRoot,
            boolean allowImagesOutsideRoot) {
        this(autosaveChanges, autosaveSeconds, saveCpuPercent, maxConnections, maxMessageBytes, maxRequestsInFlight,
                messageTimeoutSeconds, accessToken, tlsKeystore, tlsKeystorePassword, maxConnectionsPerHost, imageRoot,
                allowImagesOutsideRoot, null, null);
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
        if (accessToken != null && Utf8Length.of(accessToken) > ClientConfig.MAX_TOKEN_BYTES) {
            throw new IllegalArgumentException("field \"access_token\" must be at most " + ClientConfig.MAX_TOKEN_BYTES
                    + " bytes of UTF-8 (clients send it in a hello the original server must be able to skip), got "
                    + Utf8Length.of(accessToken));
        }
        if (adminToken != null && (adminToken.isBlank() || Utf8Length.of(adminToken) > ClientConfig.MAX_TOKEN_BYTES)) {
            throw new IllegalArgumentException("field \"admin_token\" must be 1.." + ClientConfig.MAX_TOKEN_BYTES
                    + " bytes of UTF-8, not blank (leave it out for no administration)");
        }
        if (defaultDataset != null && defaultDataset.isBlank()) {
            throw new IllegalArgumentException("field \"default_dataset\" must not be empty (leave it out for the first"
                    + " dataset in name order)");
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
                null, null, null, DEFAULT_MAX_CONNECTIONS_PER_HOST, null, false, null, null);
    }

    /** The same tuning serving images under {@code imageRoot} (null: the data CSV's folder), or anywhere. */
    public ServerTuning withImages(Path imageRoot, boolean allowImagesOutsideRoot) {
        return new ServerTuning(autosaveChanges, autosaveSeconds, saveCpuPercent, maxConnections, maxMessageBytes,
                maxRequestsInFlight, messageTimeoutSeconds, accessToken, tlsKeystore, tlsKeystorePassword,
                maxConnectionsPerHost, imageRoot, allowImagesOutsideRoot, adminToken, defaultDataset);
    }

    /**
     * The same tuning with one of {@link #LIVE_FIELDS} set to {@code value}, as written on a command
     * line (a whole number or a string).
     *
     * @throws IllegalArgumentException naming the field: not a live one, or a bad value
     */
    public ServerTuning withLive(String field, String value) {
        if (!LIVE_FIELDS.contains(field)) {
            throw new IllegalArgumentException("field \"" + field + "\" cannot change while the server runs");
        }
        return new ServerTuning(
                whole(field, "autosave_changes", value, autosaveChanges),
                whole(field, "autosave_seconds", value, autosaveSeconds),
                whole(field, "save_cpu_percent", value, saveCpuPercent),
                whole(field, "max_connections", value, maxConnections),
                maxMessageBytes, maxRequestsInFlight,
                whole(field, "message_timeout_seconds", value, messageTimeoutSeconds),
                field.equals("access_token") ? value : accessToken,
                tlsKeystore, tlsKeystorePassword, maxConnectionsPerHost, imageRoot, allowImagesOutsideRoot, adminToken,
                field.equals("default_dataset") ? value : defaultDataset);
    }

    private static int whole(String field, String name, String value, int current) {
        if (!field.equals(name)) {
            return current;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("field \"" + field + "\" must be a whole number, got \"" + value + "\"");
        }
    }

    ServerTuning resolvedAgainst(Path workingDirectory) {
        return new ServerTuning(autosaveChanges, autosaveSeconds, saveCpuPercent,
                maxConnections,
                maxMessageBytes, maxRequestsInFlight, messageTimeoutSeconds, accessToken,
                resolve(workingDirectory, tlsKeystore), tlsKeystorePassword, maxConnectionsPerHost,
                resolve(workingDirectory, imageRoot), allowImagesOutsideRoot, adminToken, defaultDataset);
    }

    private static Path resolve(Path workingDirectory, Path path) {
        return path == null ? null : workingDirectory.resolve(path).normalize();
    }

    private static void atLeast(String field, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException("field \"" + field + "\" must be at least " + min + ", got " + value);
        }
    }

    /** UTF-8 length of a token, as the wire counts it. */
    private static final class Utf8Length {
        static int of(String text) {
            return text.getBytes(StandardCharsets.UTF_8).length;
        }
    }
}
