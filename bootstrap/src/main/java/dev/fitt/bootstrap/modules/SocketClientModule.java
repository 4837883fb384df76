package dev.fitt.bootstrap.modules;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.fitt.adapters.socket.ClientConfig;
import dev.fitt.adapters.socket.SocketAdapter;
import dev.fitt.client.port.out.TaggingServerPort;
import java.util.Objects;

/** The client reaches its server over TCP (protocol v1, with extensions when the server has them). */
public final class SocketClientModule extends AbstractModule {
    private final ClientConfig config;

    public SocketClientModule(ClientConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    @Provides
    @Singleton
    TaggingServerPort server() {
        return SocketAdapter.connect(config);
    }
}
