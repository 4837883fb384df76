package dev.fitt.bootstrap.server;

import dev.fitt.adapters.socket.RunningServer;
import dev.fitt.adapters.socket.SocketAdapter;
import dev.fitt.adapters.socket.SocketServerConfig;
import dev.fitt.ports.DatasetLoadException;
import jakarta.inject.Inject;
import java.io.IOException;

/** The fitt server: the core (one per dataset), served over TCP. */
public final class ServerApplication {
    private final ServedData data;
    private final SocketServerConfig socket;

    @Inject
    ServerApplication(ServedData data, SocketServerConfig socket) {
        this.data = data;
        this.socket = socket;
    }

    public RunningTaggingServer start() throws DatasetLoadException, IOException {
        long started = System.nanoTime();
        RunningData running = data.start();
        try {
            RunningServer server = SocketAdapter.startServer(socket, running.catalog());
            return new RunningTaggingServer(running, server, (System.nanoTime() - started) / 1_000_000);
        } catch (IOException | RuntimeException e) {
            running.close();
            throw e;
        }
    }
}
