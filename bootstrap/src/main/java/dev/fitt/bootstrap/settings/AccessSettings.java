package dev.fitt.bootstrap.settings;

import dev.fitt.adapters.socket.ClientConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Who may connect and how: an optional shared token and optional TLS.
 *
 * @param accessToken null = no token; else clients must send it in the extension hello (v1 clients
 *                    then cannot connect)
 * @param tlsKeystore null = plain TCP; else a PKCS12 keystore with the server's key
 */
public record AccessSettings(String accessToken, Path tlsKeystore, String tlsKeystorePassword) {
    public AccessSettings {
        if (accessToken != null && accessToken.isBlank()) {
            throw new IllegalArgumentException("field \"access_token\" must not be empty (leave it out for no token)");
        }
        if (accessToken != null && accessToken.getBytes(StandardCharsets.UTF_8).length > ClientConfig.MAX_TOKEN_BYTES) {
            throw new IllegalArgumentException("field \"access_token\" must be at most " + ClientConfig.MAX_TOKEN_BYTES
                    + " bytes of UTF-8 (clients send it in a hello the original server must be able to skip), got "
                    + accessToken.getBytes(StandardCharsets.UTF_8).length);
        }
        if (tlsKeystore != null && tlsKeystorePassword == null) {
            throw new IllegalArgumentException(
                    "field \"tls_keystore_password\" is required when \"tls_keystore\" is set");
        }
    }

    /** Anyone who reaches the port, over plain TCP: the original server's way. */
    public static AccessSettings none() {
        return new AccessSettings(null, null, null);
    }

    AccessSettings resolvedAgainst(Path workingDirectory) {
        return new AccessSettings(accessToken, SettingsChecks.resolve(workingDirectory, tlsKeystore),
                tlsKeystorePassword);
    }
}
