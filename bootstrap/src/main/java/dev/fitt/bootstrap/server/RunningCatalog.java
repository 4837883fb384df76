package dev.fitt.bootstrap.server;

import dev.fitt.adapters.csv.CsvFolderConfig;
import dev.fitt.bootstrap.settings.DatasetServing;
import dev.fitt.domain.AutosavePolicy;
import dev.fitt.ports.DatasetLoadException;
import dev.fitt.server.port.in.DatasetCatalogUseCase;
import dev.fitt.server.service.DatasetAdminService;
import dev.fitt.server.service.DatasetCatalog;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A started catalog of several datasets, from a folder of CSVs or from a database: both serve,
 * administer and summarise it alike and differ only in what they hold beside it (output locks,
 * database connections), which {@code afterwards} lets go once every dataset is saved.
 */
final class RunningCatalog implements RunningData {
    private final DatasetCatalog catalog;
    private final List<String> names;
    private final CsvFolderConfig config;
    private final DatasetServing serving;
    private final Runnable afterwards;

    RunningCatalog(DatasetCatalog catalog, List<String> names, CsvFolderConfig config, DatasetServing serving,
            Runnable afterwards) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.names = List.copyOf(names);
        this.config = Objects.requireNonNull(config, "config");
        this.serving = Objects.requireNonNull(serving, "serving");
        this.afterwards = Objects.requireNonNull(afterwards, "afterwards");
    }

    @Override
    public DatasetCatalogUseCase catalog() {
        return catalog;
    }

    @Override
    public Optional<RunningCore> single() {
        return Optional.empty();
    }

    @Override
    public DatasetAdminService administration() {
        return DatasetAdminService.over(catalog);
    }

    @Override
    public void autosave(AutosavePolicy changed) {
        catalog.autosave(changed);
    }

    @Override
    public void defaultDataset(String name) throws DatasetLoadException {
        catalog.setDefaultDataset(name);
    }

    @Override
    public StartupSummary summary(InetSocketAddress address, long startMillis) {
        return StartupSummary.ofFolder(config.folder(), names, catalog.defaultDataset(),
                config.saveToSameFile() ? config.folder() : config.saveDir(), serving.idle(), address, startMillis);
    }

    /** Saves every loaded dataset; what is held beside the catalog goes last, once no journal is open. */
    @Override
    public void close() {
        try {
            catalog.close();
        } finally {
            afterwards.run();
        }
    }
}
