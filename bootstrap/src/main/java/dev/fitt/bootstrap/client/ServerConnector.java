package dev.fitt.bootstrap.client;

import dev.fitt.bootstrap.settings.ClientSettings;
import dev.fitt.client.port.out.TaggingServerPort;

/** Reaches a tagging server as the client settings say; it connects on first use. */
@FunctionalInterface
public interface ServerConnector {
    TaggingServerPort connect(ClientSettings settings);
}
