package dev.fitt.bootstrap.server;

import dev.fitt.adapters.csv.OutputLock;
import dev.fitt.server.service.ServerAutosave;
import dev.fitt.server.service.ServerCore;
import dev.fitt.ports.SaveFailedException;
import dev.fitt.server.port.in.SaveLabelsUseCase;
import dev.fitt.server.port.out.ChangeJournalPort;
import dev.fitt.server.port.out.StoredDataset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A loaded core; closing it saves what is unsaved, releases the journal, then the output. */
public final class RunningCore implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RunningCore.class);

    private final StoredDataset stored;
    private final ServerCore core;
    private final ServerAutosave autosave;
    private final ChangeJournalPort journal;
    private final OutputLock output;

    RunningCore(StoredDataset stored, ServerCore core, ServerAutosave autosave, ChangeJournalPort journal,
            OutputLock output) {
        this.stored = stored;
        this.core = core;
        this.autosave = autosave;
        this.journal = journal;
        this.output = output;
    }

    public ServerCore core() {
        return core;
    }

    /**
     * Where clients' save requests go: answered at once, written at most once per rest period
     * (see {@link ServerAutosave#save()}); every change is durable in the journal meanwhile.
     */
    public SaveLabelsUseCase saveRequests() {
        return autosave;
    }

    /** The saves it makes by itself, whose policy an administrator may change while it runs. */
    public ServerAutosave autosave() {
        return autosave;
    }

    public StoredDataset stored() {
        return stored;
    }

    @Override
    public void close() {
        autosave.close();
        try {
            if (core.saving().saveBeforeStopping()) {
                LOG.info("saved pending changes to {} before stopping", core.saving().saveTarget());
            }
        } catch (SaveFailedException e) {
            LOG.error("could not save at shutdown ({}); the changes are safe in the journal and are applied"
                    + " at the next start", e.getMessage());
        } finally {
            try {
                journal.close();
            } finally {
                // Last: until the journal is closed, its segments are this process's.
                output.close();
            }
        }
    }
}
