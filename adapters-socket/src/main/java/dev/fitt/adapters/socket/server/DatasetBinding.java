package dev.fitt.adapters.socket.server;

import dev.fitt.adapters.socket.ServedUseCases;
import dev.fitt.ports.DatasetLoadException;
import dev.fitt.server.port.in.DatasetCatalogUseCase;
import dev.fitt.server.port.in.OpenDataset;
import dev.fitt.server.port.in.WatchChangesUseCase;
import java.util.Objects;

/**
 * The dataset one connection works on: the server's default until it selects another, opened
 * at the first request that needs it (a connection that only lists datasets loads none) and held
 * open until the connection ends or selects another, so the catalog never unloads it under the
 * connection. Used only by whoever holds the connection's serving lock, as {@link ExtensionSession}.
 */
final class DatasetBinding {
    private final DatasetCatalogUseCase catalog;
    private OpenDataset open;
    private RequestHandler handler;

    DatasetBinding(DatasetCatalogUseCase catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    /** The dataset this connection works on, opened or not yet. */
    String name() {
        return open != null ? open.name() : catalog.defaultDataset();
    }

    DatasetCatalogUseCase catalog() {
        return catalog;
    }

    /** The handler of this connection's dataset, opening the default at first use. */
    RequestHandler handler() throws DatasetLoadException {
        if (open == null) {
            bind(catalog.open(catalog.defaultDataset()));
        }
        return handler;
    }

    WatchChangesUseCase changes() throws DatasetLoadException {
        handler();
        return open.useCases().changes();
    }

    /** Opens {@code name} first, so a refused selection leaves the connection where it was. */
    void select(String name) throws DatasetLoadException {
        OpenDataset next = catalog.open(name);
        close();
        bind(next);
    }

    void close() {
        if (open != null) {
            open.close();
            open = null;
            handler = null;
        }
    }

    private void bind(OpenDataset dataset) {
        open = dataset;
        handler = new RequestHandler(ServedUseCases.of(dataset.useCases()));
    }
}
