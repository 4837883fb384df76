package dev.fitt.bootstrap.modules;

import com.google.inject.AbstractModule;
import dev.fitt.adapters.socket.SocketServerConfig;
import java.util.Objects;

/** The TCP server's address and limits. */
public final class SocketServerModule extends AbstractModule {
    private final SocketServerConfig config;

    public SocketServerModule(SocketServerConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    @Override
    protected void configure() {
        bind(SocketServerConfig.class).toInstance(config);
    }
}
