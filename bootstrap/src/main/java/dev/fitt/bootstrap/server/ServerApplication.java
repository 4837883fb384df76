package dev.fitt.bootstrap.server;

import dev.fitt.adapters.socket.RunningServer;
import dev.fitt.adapters.socket.ServedUseCases;
import dev.fitt.adapters.socket.SocketAdapter;
import dev.fitt.adapters.socket.SocketServerConfig;
import dev.fitt.ports.DatasetLoadException;
import dev.fitt.server.service.ServerCore;
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
                    served(running));
            return new RunningTaggingServer(running, server, (System.nanoTime() - started) / 1_000_000);
        } catch (IOException | RuntimeException e) {
            running.close();
            throw e;
        }
    }

    /** The core's use cases, with clients' save requests going to its coalescing autosave. */
    private static ServedUseCases served(RunningCore running) {
        ServerCore core = running.core();
        return ServedUseCases.of(core.queries(), core.tagging(), running.saveRequests(), core.images(), core.team());
    }
}
