package dev.fitt.bootstrap.server;

import dev.fitt.adapters.socket.RunningServer;
import dev.fitt.application.ServerAutosave;
import dev.fitt.application.TaggingService;
import dev.fitt.ports.SaveFailedException;
import dev.fitt.ports.out.ChangeJournalPort;
import dev.fitt.ports.out.StoredDataset;
import java.net.InetSocketAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A started server; closing it stops accepting, saves what is unsaved and releases the journal. */
public final class RunningTaggingServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RunningTaggingServer.class);

    private final StoredDataset stored;
    private final TaggingService service;
    private final RunningServer server;
    private final ServerAutosave autosave;
    private final ChangeJournalPort journal;
    private final long startMillis;

    RunningTaggingServer(StoredDataset stored, TaggingService service, RunningServer server, ServerAutosave autosave,
            ChangeJournalPort journal, long startMillis) {
        this.stored = stored;
        this.service = service;
        this.server = server;
        this.autosave = autosave;
        this.journal = journal;
        this.startMillis = startMillis;
    }

    public InetSocketAddress address() {
        return server.address();
    }

    public TaggingService service() {
        return service;
    }

    public StartupSummary summary() {
        return StartupSummary.of(stored, service.dataset(), address(), startMillis);
    }

    /** Stops serving, then saves pending changes: nothing acknowledged is lost (it is in the journal anyway). */
    @Override
    public void close() {
        server.close();
        autosave.close();
        try {
            if (service.saveIfChanged()) {
                LOG.info("saved pending changes to {} before stopping", service.saveTarget());
            }
        } catch (SaveFailedException e) {
            LOG.error("could not save at shutdown ({}); the changes are safe in the journal and are applied"
                    + " at the next start", e.getMessage());
        } finally {
            journal.close();
        }
    }
}
