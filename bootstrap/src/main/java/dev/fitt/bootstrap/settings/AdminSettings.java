package dev.fitt.bootstrap.settings;

import dev.fitt.adapters.socket.ClientConfig;
import java.nio.charset.StandardCharsets;

/**
 * Whether an administrator may read and change settings while the server runs ({@code fitt admin}).
 * The dataset choice an administrator may change live, {@code default_dataset}, is
 * {@link DatasetServing}'s.
 *
 * @param adminToken null = no administration; else a client that sends it may read and change
 *                   settings while the server runs
 */
public record AdminSettings(String adminToken) {
    public AdminSettings {
        if (adminToken != null && (adminToken.isBlank()
                || adminToken.getBytes(StandardCharsets.UTF_8).length > ClientConfig.MAX_TOKEN_BYTES)) {
            throw new IllegalArgumentException("field \"admin_token\" must be 1.." + ClientConfig.MAX_TOKEN_BYTES
                    + " bytes of UTF-8, not blank (leave it out for no administration)");
        }
    }

    /** No administration. */
    public static AdminSettings none() {
        return new AdminSettings(null);
    }
}
