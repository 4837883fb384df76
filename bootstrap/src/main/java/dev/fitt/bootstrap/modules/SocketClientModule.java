package dev.fitt.bootstrap.modules;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.fitt.adapters.socket.SocketAdapter;
import dev.fitt.ports.out.TaggingServerPort;
import java.time.Duration;
import java.util.Objects;

/** The client reaches its server over TCP (protocol v1, with extensions when the server has them). */
public final class SocketClientModule extends AbstractModule {
    private final String host;
    private final int port;
    private final Duration timeout;

    public SocketClientModule(String host, int port, Duration timeout) {
        this.host = Objects.requireNonNull(host, "host");
        this.port = port;
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    @Provides
    @Singleton
    TaggingServerPort server() {
        return SocketAdapter.connect(host, port, timeout);
    }
}
