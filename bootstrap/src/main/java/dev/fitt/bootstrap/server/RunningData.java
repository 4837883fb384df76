package dev.fitt.bootstrap.server;

import dev.fitt.domain.AutosavePolicy;
import dev.fitt.ports.DatasetLoadException;
import dev.fitt.server.port.in.DatasetCatalogUseCase;
import dev.fitt.server.service.DatasetAdminService;
import java.net.InetSocketAddress;
import java.util.Optional;

/** Served data, started; closing it saves what is unsaved and lets go of the save folder. */
interface RunningData extends AutoCloseable {
    /** What the socket server serves. */
    DatasetCatalogUseCase catalog();

    /** The core of a single data file; empty for a folder of datasets. */
    Optional<RunningCore> single();

    /** Each dataset's stats and saves now, for an administrator; a dataset not loaded is not loaded for it. */
    DatasetAdminService administration();

    /** Saves by {@code changed} from now on, every loaded dataset and every one loaded later. */
    void autosave(AutosavePolicy changed);

    /**
     * The dataset a connection works on until it chooses (a v1 client always), from now on.
     *
     * @throws DatasetLoadException when the catalog has no such dataset, naming those it has
     */
    void defaultDataset(String name) throws DatasetLoadException;

    StartupSummary summary(InetSocketAddress address, long startMillis);

    @Override
    void close();
}
