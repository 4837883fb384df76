package dev.fitt.bootstrap.server;

import dev.fitt.adapters.csv.CsvAdapter;
import dev.fitt.adapters.csv.CsvFolderConfig;
import dev.fitt.adapters.csv.OutputLock;
import dev.fitt.bootstrap.settings.DatasetServing;
import dev.fitt.domain.AutosavePolicy;
import dev.fitt.ports.DatasetLoadException;
import dev.fitt.server.port.out.DatasetSourcesPort;
import dev.fitt.server.service.DatasetCatalog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.IntSupplier;

/**
 * A folder of data CSVs, one dataset each, served from one port. Start-up finds the datasets by
 * their header lines and takes each one's output lock (one server per save folder, as with one
 * file); their data is read only when a client first asks for each.
 */
final class DatasetFolderData implements ServedData {
    private final CsvFolderConfig config;
    private final Path workingDirectory;
    private final AutosavePolicy autosave;
    private final DatasetServing serving;
    private final IntSupplier saveCpuPercent;

    /** @param saveCpuPercent read at each save: an administrator may change it while the server runs */
    DatasetFolderData(CsvFolderConfig config, Path workingDirectory, AutosavePolicy autosave, DatasetServing serving,
            IntSupplier saveCpuPercent) {
        this.config = Objects.requireNonNull(config, "config");
        this.workingDirectory = Objects.requireNonNull(workingDirectory, "workingDirectory");
        this.autosave = Objects.requireNonNull(autosave, "autosave");
        this.serving = Objects.requireNonNull(serving, "serving");
        this.saveCpuPercent = Objects.requireNonNull(saveCpuPercent, "saveCpuPercent");
    }

    @Override
    public RunningData start() throws DatasetLoadException {
        DatasetSourcesPort sources = CsvAdapter.datasetFolder(config, workingDirectory, saveCpuPercent);
        List<String> names = sources.names();
        List<OutputLock> locks = new ArrayList<>();
        try {
            for (String name : names) {
                OutputLock lock = CsvAdapter.outputLock(config.dataset(name));
                lock.acquire();
                locks.add(lock);
            }
            DatasetCatalog catalog = new DatasetCatalog(sources, autosave, serving.idle(),
                    serving.defaultDatasetIfSet()).start();
            return new RunningCatalog(catalog, names, config, serving, () -> locks.forEach(OutputLock::close));
        } catch (DatasetLoadException | RuntimeException e) {
            locks.forEach(OutputLock::close);
            throw e;
        }
    }
}
