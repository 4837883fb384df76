package dev.fitt.bootstrap.server;

import dev.fitt.adapters.socket.RunningServer;
import dev.fitt.server.port.in.DatasetCatalogUseCase;
import dev.fitt.server.service.ServerCore;
import java.net.InetSocketAddress;

/** A started server; closing it stops accepting, then saves what is unsaved and releases the journal. */
public final class RunningTaggingServer implements AutoCloseable {
    private final RunningData data;
    private final RunningServer server;
    private final long startMillis;

    RunningTaggingServer(RunningData data, RunningServer server, long startMillis) {
        this.data = data;
        this.server = server;
        this.startMillis = startMillis;
    }

    public InetSocketAddress address() {
        return server.address();
    }

    /**
     * The core of a server over one data file.
     *
     * @throws IllegalStateException for a folder of datasets, each with its own core: see {@link #datasets()}
     */
    public ServerCore core() {
        return data.single().orElseThrow(() -> new IllegalStateException(
                "this server serves a folder of datasets, each with its own core")).core();
    }

    /** True when it serves one data file (a {@link #core()}), false for a folder of datasets. */
    public boolean servesOneFile() {
        return data.single().isPresent();
    }

    /** What it serves: one dataset, or each of a folder's. */
    public DatasetCatalogUseCase datasets() {
        return data.catalog();
    }

    public StartupSummary summary() {
        return data.summary(address(), startMillis);
    }

    @Override
    public void close() {
        server.close();
        data.close();
    }
}
