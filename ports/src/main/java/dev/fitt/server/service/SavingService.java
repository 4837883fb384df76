package dev.fitt.server.service;

import dev.fitt.domain.LabelsSnapshot;
import dev.fitt.domain.RecordedChange;
import dev.fitt.domain.RowProvenance;
import dev.fitt.domain.ProvenanceTable;
import dev.fitt.domain.TagChange;
import dev.fitt.ports.DatasetLoadException;
import dev.fitt.ports.JournalException;
import dev.fitt.ports.SaveFailedException;
import dev.fitt.server.port.in.SaveLabelsUseCase;
import dev.fitt.server.port.out.ChangeJournalPort;
import dev.fitt.server.port.out.JournalReplay;
import dev.fitt.server.port.out.ProvenanceStorePort;
import dev.fitt.server.port.out.SaveLabelsPort;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Saving and recovery: writes the labels to the store and trims the journal the save covers, and
 * at start applies what the journal holds from before a crash. A save copies the labels under the
 * state's lock and writes outside it, so tag changes go on while it writes.
 */
public final class SavingService implements SaveLabelsUseCase {
    private static final System.Logger LOG = System.getLogger(SavingService.class.getName());

    private final ServerState state;
    private final SaveLabelsPort store;
    private final ChangeJournalPort journal;
    private final ChangePath path;
    private final ProvenanceStorePort provenance;
    private final Object saveLock = new Object();
    /** The state's edit count as of the last successful save; guarded by saveLock. */
    private long savedEditCount;
    /** Whether any save succeeded yet: the first explicit save always writes (creates the output). */
    private boolean savedOnce;
    /** Saves written in this run (for an administrator's stats). */
    private final AtomicLong saves = new AtomicLong();
    /** Set by each save. */
    private volatile Optional<String> leftTo = Optional.empty();

    SavingService(ServerState state, SaveLabelsPort store, ChangeJournalPort journal, ChangePath path,
            ProvenanceStorePort provenance) {
        this.state = Objects.requireNonNull(state, "state");
        this.store = Objects.requireNonNull(store, "store");
        this.journal = Objects.requireNonNull(journal, "journal");
        this.path = Objects.requireNonNull(path, "path");
        this.provenance = Objects.requireNonNull(provenance, "provenance");
    }

    /** Who wrote what the last save would have, when another server did (see {@link SaveLabelsPort#leftToAnother}). */
    public Optional<String> leftToAnother() {
        return leftTo;
    }

    /** Where saves go. */
    public String saveTarget() {
        return state.target;
    }

    /**
     * Brings in what the journal holds from before a crash or stop, as the core's {@link ChangePath}
     * does (over a journal of its own it then saves, so that the CSV is current again). Returns the
     * number of changes recovered; damage is logged as a warning.
     */
    public int recoverFromJournal() throws DatasetLoadException {
        JournalReplay replay = journal.replay();
        replay.warnings().forEach(w -> LOG.log(Level.WARNING, w));
        if (replay.recorded().isEmpty()) {
            return 0;
        }
        List<RecordedChange> fitting = new ArrayList<>(replay.recorded().size());
        for (RecordedChange recorded : replay.recorded()) {
            TagChange change = recorded.change();
            String problem = state.validate(change);
            if (problem != null) {
                LOG.log(Level.WARNING, "journal change " + change.first() + ".." + change.last()
                        + " no longer fits the dataset and was not applied: " + problem);
            } else {
                fitting.add(recorded);
            }
        }
        // Before the server opens nobody tags: the save may take every core it can use.
        return path.recover(fitting, () -> save(true));
    }

    /**
     * Why some applied changes are not on disk yet (the journal could not write them and no save has
     * covered them since), or empty when every change is: a save request must not be answered as
     * saved meanwhile.
     */
    public Optional<String> changesHeldInMemory() {
        return state.held.reason();
    }

    /** Edits applied since the last successful save (for autosave). */
    public long unsavedChangeCount() {
        synchronized (saveLock) {
            synchronized (state.lock) {
                return state.editCountLocked() - savedEditCount;
            }
        }
    }

    /** Changes applied in this run, recovered ones included. */
    public long changeCount() {
        synchronized (state.lock) {
            return state.editCountLocked();
        }
    }

    /** Saves written in this run. */
    public long saveCount() {
        return saves.get();
    }

    /** True when edits were applied since the last successful save. */
    public boolean hasUnsavedChanges() {
        synchronized (saveLock) {
            synchronized (state.lock) {
                return state.editCountLocked() != savedEditCount;
            }
        }
    }

    /**
     * Saves every edit made before the call. Concurrent requests share saves: one that waited
     * while another save ran returns at once when that save already covered its edits.
     */
    @Override
    public void save() throws SaveFailedException {
        save(false);
    }

    /** @param nobodyTags true when no annotator can change labels meanwhile: the store need not hold back */
    private void save(boolean nobodyTags) throws SaveFailedException {
        long requestedAt;
        synchronized (state.lock) {
            requestedAt = state.editCountLocked();
        }
        synchronized (saveLock) {
            if (savedEditCount >= requestedAt && savedOnce) {
                return;
            }
            LabelsSnapshot displayOrder;
            List<RowProvenance> provenanceDisplayOrder;
            long edits;
            long checkpoint;
            synchronized (state.lock) {
                try {
                    checkpoint = journal.checkpoint();
                } catch (JournalException e) {
                    throw new SaveFailedException("could not start a save: " + e.getMessage(), e);
                }
                displayOrder = state.snapshotLocked();
                provenanceDisplayOrder = state.provenanceLocked().snapshot();
                edits = state.editCountLocked();
            }
            LabelsSnapshot fileOrder = displayOrder.inFileOrder(state.dataset.order());
            long started = System.nanoTime();
            if (nobodyTags) {
                store.saveAtFullSpeed(fileOrder);
            } else {
                store.save(fileOrder);
            }
            // After the labels, before the journal is trimmed: a crash in between leaves the journal
            // to bring the provenance up to date at the next start.
            provenance.saveProvenance(ProvenanceTable.inFileOrder(provenanceDisplayOrder, state.dataset.order()));
            savedEditCount = edits;
            savedOnce = true;
            saves.incrementAndGet();
            state.held.safeUpTo(edits);
            try {
                journal.discardBefore(checkpoint);
            } catch (JournalException e) {
                // The CSV is saved; an old journal segment left behind is replayed harmlessly next start.
                LOG.log(Level.WARNING, "saved, but could not trim the journal: " + e.getMessage());
            }
            Optional<String> writer = store.leftToAnother();
            leftTo = writer;
            if (writer.isPresent()) {
                // Every change is in the shared store already; only the file is another's to write.
                LOG.log(Level.DEBUG, "{0} rows in {1}: their export is written by {2}", state.dataset.size(),
                        state.target, writer.get());
            } else {
                LOG.log(Level.INFO, "saved {0} rows to {1} in {2} ms", state.dataset.size(), state.target,
                        (System.nanoTime() - started) / 1_000_000);
            }
        }
    }

    /**
     * The last save, once the server takes no more changes: only when something is unsaved, and at
     * full speed (a paced save would only keep a stopping server alive longer: nobody tags any more).
     */
    public boolean saveBeforeStopping() throws SaveFailedException {
        if (!hasUnsavedChanges()) {
            return false;
        }
        save(true);
        return true;
    }
}
