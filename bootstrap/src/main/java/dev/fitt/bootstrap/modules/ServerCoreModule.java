package dev.fitt.bootstrap.modules;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import dev.fitt.bootstrap.server.CoreParts;
import dev.fitt.domain.AutosavePolicy;
import dev.fitt.ports.DatasetLoadException;
import dev.fitt.server.port.out.DatasetStorePort;
import dev.fitt.server.port.out.ImageSourcePort;
import dev.fitt.server.port.out.ProvenanceStorePort;
import dev.fitt.server.port.out.StoredDataset;
import dev.fitt.server.port.out.VersionBasePort;
import dev.fitt.server.service.CoreJournal;
import dev.fitt.server.service.RunVersions;
import dev.fitt.server.service.ServerAutosave;
import dev.fitt.server.service.ServerCore;
import java.time.Clock;
import java.util.Objects;

/**
 * The server core over whichever storage module is installed, when it saves by itself, and how much
 * of a core a save may use (both of which an administrator may change while it runs).
 */
public final class ServerCoreModule extends AbstractModule {
    private final AutosavePolicy autosave;
    private final SaveCpuShare saveShare;

    public ServerCoreModule(AutosavePolicy autosave, SaveCpuShare saveShare) {
        this.autosave = Objects.requireNonNull(autosave, "autosave");
        this.saveShare = Objects.requireNonNull(saveShare, "saveShare");
    }

    @Override
    protected void configure() {
        bind(AutosavePolicy.class).toInstance(autosave);
        bind(SaveCpuShare.class).toInstance(saveShare);
    }

    @Provides
    CoreParts coreParts(DatasetStorePort store, ImageSourcePort images, VersionBasePort versionBases,
            ProvenanceStorePort provenance) {
        return new CoreParts() {
            @Override
            public ServerCore core(StoredDataset stored, CoreJournal journal) throws DatasetLoadException {
                return ServerCore.of(stored, store, images, journal, RunVersions.claim(versionBases, Clock.systemUTC()),
                        provenance, Clock.systemUTC());
            }

            @Override
            public ServerAutosave autosave(ServerCore core) {
                return new ServerAutosave(core.saving(), autosave);
            }
        };
    }
}
