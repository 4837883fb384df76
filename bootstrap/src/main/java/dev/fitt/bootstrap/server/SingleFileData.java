package dev.fitt.bootstrap.server;

import dev.fitt.domain.AutosavePolicy;
import dev.fitt.ports.DatasetLoadException;
import dev.fitt.server.port.in.DatasetCatalogUseCase;
import dev.fitt.server.service.DatasetAdminService;
import dev.fitt.server.service.OneDataset;
import jakarta.inject.Inject;
import java.net.InetSocketAddress;
import java.util.Objects;
import java.util.Optional;

/** One data file, loaded at start and served for the server's life, as always. */
final class SingleFileData implements ServedData {
    private final CoreApplication core;
    private final String name;

    @Inject
    SingleFileData(CoreApplication core, @DatasetName String name) {
        this.core = Objects.requireNonNull(core, "core");
        this.name = Objects.requireNonNull(name, "name");
    }

    @Override
    public RunningData start() throws DatasetLoadException {
        RunningCore running = core.start();
        OneDataset catalog = new OneDataset(name, running.core(), running.saveRequests());
        return new RunningData() {
            @Override
            public DatasetCatalogUseCase catalog() {
                return catalog;
            }

            @Override
            public Optional<RunningCore> single() {
                return Optional.of(running);
            }

            @Override
            public DatasetAdminService administration() {
                return DatasetAdminService.of(name, running.core());
            }

            @Override
            public void autosave(AutosavePolicy changed) {
                running.autosave().policy(changed);
            }

            @Override
            public void defaultDataset(String wanted) throws DatasetLoadException {
                // One file is its only dataset: naming it changes nothing.
                catalog.open(wanted).close();
            }

            @Override
            public StartupSummary summary(InetSocketAddress address, long startMillis) {
                return StartupSummary.of(running.stored(), running.core().dataset(), address, startMillis);
            }

            @Override
            public void close() {
                running.close();
            }
        };
    }
}
