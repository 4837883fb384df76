package dev.fitt.bootstrap.server;

import dev.fitt.adapters.socket.RunningServer;
import dev.fitt.adapters.socket.ServedUseCases;
import dev.fitt.adapters.socket.SocketAdapter;
import dev.fitt.adapters.socket.SocketServerConfig;
import dev.fitt.ports.DatasetLoadException;
import jakarta.inject.Inject;
import java.io.IOException;

/** The fitt server: the core, served over TCP. */
public final class ServerApplication {
    private final CoreApplication core;
    private final SocketServerConfig socket;

    @Inject
    public ServerApplication(CoreApplication core, SocketServerConfig socket) {
        this.core = core;
        this.socket = socket;
    }

    public RunningTaggingServer start() throws DatasetLoadException, IOException {
        long started = System.nanoTime();
        RunningCore running = core.start();
        try {
            RunningServer server = SocketAdapter.startServer(socket,
                    ServedUseCases.of(running.service()).withSave(running.saveRequests()));
            return new RunningTaggingServer(running, server, (System.nanoTime() - started) / 1_000_000);
        } catch (IOException | RuntimeException e) {
            running.close();
            throw e;
        }
    }
}
