package dev.fitt.bootstrap.server;

import dev.fitt.adapters.csv.OutputLock;
import dev.fitt.server.service.RunVersions;
import dev.fitt.server.service.ServerAutosave;
import dev.fitt.server.service.ServerCore;
import dev.fitt.domain.AutosavePolicy;
import dev.fitt.ports.DatasetLoadException;
import dev.fitt.server.port.out.ChangeJournalPort;
import dev.fitt.server.port.out.DatasetStorePort;
import dev.fitt.server.port.out.ImageSourcePort;
import dev.fitt.server.port.out.ProvenanceStorePort;
import dev.fitt.server.port.out.StoredDataset;
import dev.fitt.server.port.out.VersionBasePort;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.time.Clock;

/**
 * The core as both `fitt server` and `fitt tag` run it: hold the output, load the dataset, replay
 * the journal, save by itself. Starting is an explicit step so that wiring stays free of side
 * effects; the journal is opened only once the output is held, since opening it starts a segment.
 */
public final class CoreApplication {
    private final OutputLock output;
    private final DatasetStorePort store;
    private final ImageSourcePort images;
    private final Provider<ChangeJournalPort> journals;
    private final VersionBasePort versionBases;
    private final AutosavePolicy autosave;
    private final ProvenanceStorePort provenance;

    @Inject
    public CoreApplication(OutputLock output, DatasetStorePort store, ImageSourcePort images,
            Provider<ChangeJournalPort> journals, VersionBasePort versionBases, AutosavePolicy autosave,
            ProvenanceStorePort provenance) {
        this.provenance = provenance;
        this.output = output;
        this.store = store;
        this.images = images;
        this.journals = journals;
        this.versionBases = versionBases;
        this.autosave = autosave;
    }

    /**
     * @throws DatasetLoadException also when another process serves the same output: two cores on
     *     one output would each overwrite the other's saves and trim the other's journal
     */
    public RunningCore start() throws DatasetLoadException {
        output.acquire();
        ChangeJournalPort journal = null;
        try {
            journal = journals.get();
            StoredDataset stored = store.load();
            // Claimed before recovery: recovered changes, too, get versions above every earlier run's.
            ServerCore service = ServerCore.of(stored, store, images, journal,
                    RunVersions.claim(versionBases, Clock.systemUTC()), provenance, Clock.systemUTC());
            service.saving().recoverFromJournal();
            return new RunningCore(stored, service, new ServerAutosave(service.saving(), autosave).start(), journal, output);
        } catch (DatasetLoadException | RuntimeException e) {
            if (journal != null) {
                journal.close();
            }
            output.close();
            throw e;
        }
    }
}
