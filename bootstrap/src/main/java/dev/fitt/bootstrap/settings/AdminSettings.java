package dev.fitt.bootstrap.settings;

import dev.fitt.adapters.socket.ClientConfig;
import java.nio.charset.StandardCharsets;

/**
 * What an administrator may do while the server runs ({@code fitt admin}), and the one dataset
 * choice an administrator may change live.
 *
 * @param adminToken     null = no administration; else a client that sends it may read and change
 *                       settings while the server runs
 * @param defaultDataset null = the first dataset in name order; the dataset a client gets when it
 *                       names none
 */
public record AdminSettings(String adminToken, String defaultDataset) {
    public AdminSettings {
        if (adminToken != null && (adminToken.isBlank()
                || adminToken.getBytes(StandardCharsets.UTF_8).length > ClientConfig.MAX_TOKEN_BYTES)) {
            throw new IllegalArgumentException("field \"admin_token\" must be 1.." + ClientConfig.MAX_TOKEN_BYTES
                    + " bytes of UTF-8, not blank (leave it out for no administration)");
        }
        if (defaultDataset != null && defaultDataset.isBlank()) {
            throw new IllegalArgumentException("field \"default_dataset\" must not be empty (leave it out for the first"
                    + " dataset in name order)");
        }
    }

    /** No administration, the first dataset by default. */
    public static AdminSettings none() {
        return new AdminSettings(null, null);
    }
}
