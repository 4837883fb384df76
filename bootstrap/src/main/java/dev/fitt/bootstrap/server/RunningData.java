package dev.fitt.bootstrap.server;

import dev.fitt.server.port.in.DatasetCatalogUseCase;
import java.net.InetSocketAddress;
import java.util.Optional;

/** Served data, started; closing it saves what is unsaved and lets go of the save folder. */
interface RunningData extends AutoCloseable {
    /** What the socket server serves. */
    DatasetCatalogUseCase catalog();

    /** The core of a single data file; empty for a folder of datasets. */
    Optional<RunningCore> single();

    StartupSummary summary(InetSocketAddress address, long startMillis);

    @Override
    void close();
}
