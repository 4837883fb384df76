package dev.fitt.server.service;

import dev.fitt.ports.DatasetLoadException;
import dev.fitt.server.port.in.DatasetCatalogUseCase;
import dev.fitt.server.port.in.DatasetSummary;
import dev.fitt.server.port.in.DatasetUseCases;
import dev.fitt.server.port.in.OpenDataset;
import dev.fitt.server.port.in.SaveLabelsUseCase;
import java.util.List;
import java.util.Objects;

/**
 * The catalog of a server over one data file: that dataset, loaded at start and kept for the
 * server's life, as before there were several.
 */
public final class OneDataset implements DatasetCatalogUseCase {
    private final String name;
    private final ServerCore core;
    private final DatasetUseCases useCases;

    /** @param saveRequests where clients' save requests go (the core's coalescing autosave) */
    public OneDataset(String name, ServerCore core, SaveLabelsUseCase saveRequests) {
        this.name = Objects.requireNonNull(name, "name");
        this.core = Objects.requireNonNull(core, "core");
        this.useCases = core.useCases(saveRequests);
    }

    @Override
    public List<DatasetSummary> datasets() {
        return List.of(DatasetProgress.of(name, core));
    }

    @Override
    public String defaultDataset() {
        return name;
    }

    @Override
    public OpenDataset open(String wanted) throws DatasetLoadException {
        if (!name.equals(wanted)) {
            throw new DatasetLoadException(DatasetCatalog.unknown(wanted, List.of(name)));
        }
        return new OpenDataset() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public DatasetUseCases useCases() {
                return useCases;
            }

            @Override
            public void close() {
                // Served for the server's life.
            }
        };
    }
}
