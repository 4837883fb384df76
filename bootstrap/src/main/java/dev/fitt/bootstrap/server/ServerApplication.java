package dev.fitt.bootstrap.server;

import dev.fitt.adapters.socket.RunningServer;
import dev.fitt.adapters.socket.SocketAdapter;
import dev.fitt.adapters.socket.SocketServerConfig;
import dev.fitt.bootstrap.modules.SaveCpuShare;
import dev.fitt.ports.DatasetLoadException;
import jakarta.inject.Inject;
import java.io.IOException;

/** The fitt server: the core (one per dataset), served over TCP. */
public final class ServerApplication {
    private final ServedData data;
    private final SocketServerConfig socket;
    private final SaveCpuShare saveShare;

    @Inject
    ServerApplication(ServedData data, SocketServerConfig socket, SaveCpuShare saveShare) {
        this.data = data;
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
        // A port another process holds is found before the data is loaded, its output locked or a
        // database touched: loading a million rows only to fail would waste a start.
        SocketAdapter.checkCanListen(socket);
        RunningData running = data.start();
        try {
            RunningServer server = administration.serve(socket, running, saveShare);
            return new RunningTaggingServer(running, server, (System.nanoTime() - started) / 1_000_000);
        } catch (IOException | RuntimeException e) {
            running.close();
            throw e;
        }
    }
}
