package dev.fitt.bootstrap.server;

import dev.fitt.adapters.socket.RunningServer;
import dev.fitt.adapters.socket.ServedUseCases;
import dev.fitt.adapters.socket.SocketServerConfig;
import dev.fitt.bootstrap.modules.SaveCpuShare;
import dev.fitt.ports.DatasetLoadException;
import dev.fitt.server.service.ServerCore;
import jakarta.inject.Inject;
import java.io.IOException;

/** The fitt server: the core, served over TCP. */
public final class ServerApplication {
    private final CoreApplication core;
    private final SocketServerConfig socket;
    private final SaveCpuShare saveShare;

    @Inject
    public ServerApplication(CoreApplication core, SocketServerConfig socket, SaveCpuShare saveShare) {
        this.core = core;
        this.socket = socket;
        this.saveShare = saveShare;
    }

    /** Without administration: {@code fitt admin} is refused, saying how to turn it on. */
    public RunningTaggingServer start() throws DatasetLoadException, IOException {
        return start(ServerAdministration.off());
    }

    /** With administration when its settings have an {@code admin_token}. */
    public RunningTaggingServer start(ServerAdministration administration) throws DatasetLoadException, IOException {
        long started = System.nanoTime();
        RunningCore running = core.start();
        try {
            RunningServer server = administration.serve(socket, served(running), running, saveShare);
            return new RunningTaggingServer(running, server, (System.nanoTime() - started) / 1_000_000);
        } catch (IOException | RuntimeException e) {
            running.close();
            throw e;
        }
    }

    /** The core's use cases, with clients' save requests going to its coalescing autosave. */
    private static ServedUseCases served(RunningCore running) {
        ServerCore core = running.core();
        return ServedUseCases.of(core.queries(), core.tagging(), running.saveRequests(), core.images());
    }
}
