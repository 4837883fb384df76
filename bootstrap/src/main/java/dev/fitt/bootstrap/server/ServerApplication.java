package dev.fitt.bootstrap.server;

import dev.fitt.adapters.socket.RunningServer;
import dev.fitt.adapters.socket.ServedUseCases;
import dev.fitt.adapters.socket.SocketAdapter;
import dev.fitt.adapters.socket.SocketServerConfig;
import dev.fitt.application.ServerAutosave;
import dev.fitt.application.TaggingService;
import dev.fitt.domain.AutosavePolicy;
import dev.fitt.ports.DatasetLoadException;
import dev.fitt.ports.out.ChangeJournalPort;
import dev.fitt.ports.out.DatasetStorePort;
import dev.fitt.ports.out.ImageSourcePort;
import dev.fitt.ports.out.StoredDataset;
import jakarta.inject.Inject;
import java.io.IOException;

/**
 * The fitt server: loads the dataset, replays the journal, then serves it over TCP and saves by
 * itself. Everything it needs is injected; starting is an explicit step so wiring stays free of
 * side effects.
 */
public final class ServerApplication {
    private final DatasetStorePort store;
    private final ImageSourcePort images;
    private final ChangeJournalPort journal;
    private final SocketServerConfig socket;
    private final AutosavePolicy autosave;

    @Inject
    public ServerApplication(DatasetStorePort store, ImageSourcePort images, ChangeJournalPort journal,
            SocketServerConfig socket, AutosavePolicy autosave) {
        this.store = store;
        this.images = images;
        this.journal = journal;
        this.socket = socket;
        this.autosave = autosave;
    }

    public RunningTaggingServer start() throws DatasetLoadException, IOException {
        long started = System.nanoTime();
        StoredDataset stored = store.load();
        TaggingService service = new TaggingService(stored, store, images, journal);
        service.recoverFromJournal();
        RunningServer server = SocketAdapter.startServer(socket, ServedUseCasesFactory.of(service));
        ServerAutosave saver = new ServerAutosave(service, autosave).start();
        return new RunningTaggingServer(stored, service, server, saver, journal,
                (System.nanoTime() - started) / 1_000_000);
    }
}
