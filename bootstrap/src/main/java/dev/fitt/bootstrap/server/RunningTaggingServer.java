package dev.fitt.bootstrap.server;

import dev.fitt.adapters.socket.RunningServer;
import dev.fitt.server.service.ServerCore;
import java.net.InetSocketAddress;

/** A started server; closing it stops accepting, then saves what is unsaved and releases the journal. */
public final class RunningTaggingServer implements AutoCloseable {
    private final RunningCore core;
    private final RunningServer server;
    private final long startMillis;

    RunningTaggingServer(RunningCore core, RunningServer server, long startMillis) {
        this.core = core;
        this.server = server;
        this.startMillis = startMillis;
    }

    public InetSocketAddress address() {
        return server.address();
    }

    public ServerCore core() {
        return core.core();
    }

    public StartupSummary summary() {
        return StartupSummary.of(core.stored(), core.core().dataset(), address(), startMillis);
    }

    @Override
    public void close() {
        server.close();
        core.close();
    }
}
