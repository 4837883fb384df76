package dev.fitt.bootstrap.server;

import dev.fitt.application.RunVersions;
import dev.fitt.application.ServerAutosave;
import dev.fitt.application.TaggingService;
import dev.fitt.domain.AutosavePolicy;
import dev.fitt.ports.DatasetLoadException;
import dev.fitt.ports.out.ChangeJournalPort;
import dev.fitt.ports.out.DatasetStorePort;
import dev.fitt.ports.out.ImageSourcePort;
import dev.fitt.ports.out.StoredDataset;
import dev.fitt.ports.out.VersionBasePort;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * The core as both `fitt server` and `fitt tag` run it: load the dataset, replay the journal,
 * save by itself. Starting is an explicit step so that wiring stays free of side effects.
 */
public final class CoreApplication {
    private final DatasetStorePort store;
    private final ImageSourcePort images;
    private final ChangeJournalPort journal;
    private final VersionBasePort versionBases;
    private final AutosavePolicy autosave;

    @Inject
    public CoreApplication(DatasetStorePort store, ImageSourcePort images, ChangeJournalPort journal,
            VersionBasePort versionBases, AutosavePolicy autosave) {
        this.store = store;
        this.images = images;
        this.journal = journal;
        this.versionBases = versionBases;
        this.autosave = autosave;
    }

    public RunningCore start() throws DatasetLoadException {
        StoredDataset stored = store.load();
        // Claimed before recovery: recovered changes, too, get versions above every earlier run's.
        TaggingService service = new TaggingService(stored, store, images, journal,
                RunVersions.claim(versionBases, Clock.systemUTC()));
        service.recoverFromJournal();
        return new RunningCore(stored, service, new ServerAutosave(service, autosave).start(), journal);
    }
}
