package dev.fitt.bootstrap.client;

import dev.fitt.adapters.socket.ClientConfig;
import dev.fitt.adapters.socket.ClientTls;
import dev.fitt.bootstrap.settings.ClientSettings;
import java.time.Duration;

/** How the client connects, from its settings: address, timeout, and optional token and TLS trust. */
public final class ClientConnection {
    public static final Duration TIMEOUT = Duration.ofSeconds(5);

    private ClientConnection() {
    }

    public static ClientConfig from(ClientSettings settings) {
        ClientConfig config = ClientConfig.of(settings.host(), settings.port(), TIMEOUT);
        if (settings.accessToken() != null) {
            config = config.withAccessToken(settings.accessToken());
        }
        if (settings.tlsCertificate() != null) {
            config = config.withTls(ClientTls.trusting(settings.tlsCertificate()));
        }
        if (settings.annotator() != null) {
            config = config.withAnnotator(settings.annotator());
        }
        return config;
    }
}
