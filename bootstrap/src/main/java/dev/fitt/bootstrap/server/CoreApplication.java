package dev.fitt.bootstrap.server;

import dev.fitt.adapters.csv.OutputLock;
import dev.fitt.server.service.CoreJournal;
import dev.fitt.server.service.ServerCore;
import dev.fitt.ports.DatasetLoadException;
import dev.fitt.server.port.out.DatasetStorePort;
import dev.fitt.server.port.out.StoredDataset;
import jakarta.inject.Inject;
import jakarta.inject.Provider;

/**
 * The core as both `fitt server` and `fitt tag` run it: hold the output, load the dataset, replay
 * the journal, save by itself. Starting is an explicit step so that wiring stays free of side
 * effects; the journal is opened only once the output is held, since opening it starts a segment.
 */
public final class CoreApplication {
    private final OutputLock output;
    private final DatasetStorePort store;
    private final Provider<CoreJournal> journals;
    private final CoreParts parts;

    @Inject
    public CoreApplication(OutputLock output, DatasetStorePort store, Provider<CoreJournal> journals,
            CoreParts parts) {
        this.output = output;
        this.store = store;
        this.journals = journals;
        this.parts = parts;
    }

    /**
     * @throws DatasetLoadException also when another process serves the same output: two cores on
     *     one output would each overwrite the other's saves and trim the other's journal
     */
    public RunningCore start() throws DatasetLoadException {
        output.acquire();
        CoreJournal journal = null;
        try {
            journal = journals.get();
            StoredDataset stored = store.load();
            // Made before recovery: recovered changes, too, get versions above every earlier run's.
            ServerCore service = parts.core(stored, journal);
            service.saving().recoverFromJournal();
            return new RunningCore(stored, service, parts.autosave(service).start(), journal.port(),
                    output);
        } catch (DatasetLoadException | RuntimeException e) {
            if (journal != null) {
                journal.port().close();
            }
            output.close();
            throw e;
        }
    }
}
