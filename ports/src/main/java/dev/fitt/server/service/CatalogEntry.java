package dev.fitt.server.service;

import dev.fitt.domain.AutosavePolicy;
import dev.fitt.ports.DatasetLoadException;
import dev.fitt.ports.SaveFailedException;
import dev.fitt.server.port.in.DatasetSummary;
import dev.fitt.server.port.in.DatasetUseCases;
import dev.fitt.server.port.in.OpenDataset;
import dev.fitt.server.port.out.DatasetSourcesPort;
import dev.fitt.server.port.out.DatasetStorage;
import dev.fitt.server.port.out.StoredDataset;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * One dataset of a {@link DatasetCatalog}: loaded (its core, autosave and journal) when first
 * opened, held while open, unloaded with everything saved once nobody has held it for the idle
 * time. Its lock guards loading, holders and unloading, so loading one dataset never waits for
 * another.
 */
final class CatalogEntry {
    private static final System.Logger LOG = System.getLogger(DatasetCatalog.class.getName());
    /**
     * How long a failed load is the answer without loading again. A v1 client asks every half
     * second, and each try would read a large broken file whole again; after this the next request
     * tries again, so a file fixed meanwhile loads without a restart.
     */
    static final Duration FAILED_LOAD_KEPT = Duration.ofSeconds(5);

    /** A loaded dataset: its core, the autosave taking clients' save requests, its open journal. */
    private record Loaded(ServerCore core, ServerAutosave autosave, DatasetStorage storage, DatasetUseCases useCases) {
    }

    private final String name;
    private final DatasetSourcesPort sources;
    /** The catalog's policy as it is when the dataset loads: an administrator may change it. */
    private final Supplier<AutosavePolicy> autosave;
    private final Clock clock;
    private final Duration idle;
    private final LongSupplier nanoClock;
    private volatile Loaded loaded;
    /** What is known while it is not loaded. */
    private volatile DatasetSummary known;
    private int holders;
    private long idleSinceNanos;
    /** The last load's failure while it is kept, else null; when it failed. */
    private DatasetLoadException failure;
    private long failedAtNanos;

    CatalogEntry(String name, DatasetSourcesPort sources, Supplier<AutosavePolicy> autosave, Clock clock,
            Duration idle, LongSupplier nanoClock) {
        this.name = name;
        this.sources = sources;
        this.autosave = autosave;
        this.clock = clock;
        this.idle = idle;
        this.nanoClock = nanoClock;
        this.known = DatasetSummary.notLoadedYet(name);
    }

    String name() {
        return name;
    }

    /** Never waits for a load in progress: a list must not stall behind a large file. */
    DatasetSummary summary() {
        Loaded current = loaded;
        return current != null ? DatasetProgress.of(name, current.core()) : known;
    }

    synchronized OpenDataset open() throws DatasetLoadException {
        if (loaded == null) {
            if (failure != null && nanoClock.getAsLong() - failedAtNanos < FAILED_LOAD_KEPT.toNanos()) {
                // The same answer as the load gave, thrown from here.
                throw new DatasetLoadException(failure.getMessage(), failure.getCause());
            }
            failure = null;
            loaded = load();
        }
        holders++;
        Loaded held = loaded;
        AtomicBoolean closed = new AtomicBoolean();
        return new OpenDataset() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public DatasetUseCases useCases() {
                return held.useCases();
            }

            @Override
            public void close() {
                if (closed.compareAndSet(false, true)) {
                    release();
                }
            }
        };
    }

    synchronized <T, E extends Exception> Optional<T> ifLoaded(CoreAction<T, E> action) throws E {
        return loaded == null ? Optional.empty() : Optional.of(action.apply(loaded.core()));
    }

    synchronized void autosave(AutosavePolicy changed) {
        if (loaded != null) {
            loaded.autosave().policy(changed);
        }
    }

    private synchronized void release() {
        holders--;
        if (holders == 0) {
            idleSinceNanos = nanoClock.getAsLong();
        }
    }

    /** As the single-file server starts: journal first, load, claim versions, recover, autosave. */
    private Loaded load() throws DatasetLoadException {
        long started = nanoClock.getAsLong();
        DatasetStorage storage = null;
        try {
            storage = sources.open(name);
            StoredDataset stored = storage.store().load();
            ServerCore core = ServerCore.of(stored, storage.store(), storage.images(), CoreJournal.of(storage),
                    RunVersions.claim(storage.versionBase(), clock), storage.provenance(), storage.assignments(),
                    clock);
            core.saving().recoverFromJournal();
            ServerAutosave saves = new ServerAutosave(core.saving(), autosave.get()).start();
            LOG.log(Level.INFO, "loaded dataset {0}: {1} rows from {2} in {3} ms", name, core.dataset().size(),
                    stored.source(), (nanoClock.getAsLong() - started) / 1_000_000);
            return new Loaded(core, saves, storage, core.useCases(saves));
        } catch (DatasetLoadException e) {
            throw failed(storage, e, null);
        } catch (RuntimeException e) {
            // Data a domain constructor refuses (or a bug): to the client, an administrator and the
            // catalog a load that failed like any other, with the stack trace in the log to find it.
            throw failed(storage, new DatasetLoadException("dataset " + name + " could not be loaded: "
                    + Objects.toString(e.getMessage(), e.toString()), e), e);
        }
    }

    /**
     * Lets go of what the failed load opened and records why, logged once ({@code trace}: with
     * the stack trace of an unexpected failure; the same failure again only at DEBUG); an open
     * after {@link #FAILED_LOAD_KEPT} tries again.
     */
    private DatasetLoadException failed(DatasetStorage storage, DatasetLoadException e, Throwable trace) {
        if (storage != null) {
            try {
                storage.journal().close();
            } catch (RuntimeException closing) {
                e.addSuppressed(closing);
            }
        }
        DatasetSummary failed = DatasetSummary.failed(name, Objects.toString(e.getMessage(), e.toString()));
        // A v1 client asks again every half second: the same failure again is no news to the log.
        Level level = failed.equals(known) ? Level.DEBUG : Level.WARNING;
        known = failed;
        failure = e;
        failedAtNanos = nanoClock.getAsLong();
        if (trace != null) {
            LOG.log(level, e.getMessage(), trace);
        } else {
            LOG.log(level, "dataset " + name + " could not be loaded: " + e.getMessage());
        }
        return e;
    }

    synchronized void unloadIfIdle(long now) {
        if (loaded == null || holders > 0 || now - idleSinceNanos < idle.toNanos()) {
            return;
        }
        if (unload(false)) {
            LOG.log(Level.INFO, "unloaded dataset {0}: nobody used it for {1}", name, idle);
        }
    }

    synchronized void unloadAtStop() {
        if (loaded != null) {
            unload(true);
        }
    }

    /**
     * Saves what is unsaved, then lets go. A dataset whose save fails stays loaded while the
     * server runs; at a stop its journal keeps every change for the next start.
     */
    private boolean unload(boolean stopping) {
        Loaded current = loaded;
        current.autosave().close();
        try {
            if (current.core().saving().saveBeforeStopping()) {
                LOG.log(Level.INFO, "saved dataset {0} to {1} before unloading it", name,
                        current.core().saving().saveTarget());
            }
        } catch (SaveFailedException e) {
            LOG.log(Level.ERROR, "dataset " + name + " could not be saved, so it stays loaded (every change is"
                    + " in its journal): " + e.getMessage());
            if (stopping) {
                current.storage().journal().close();
                loaded = null;
                return false;
            }
            ServerAutosave restarted = new ServerAutosave(current.core().saving(), autosave.get()).start();
            loaded = new Loaded(current.core(), restarted, current.storage(),
                    current.core().useCases(restarted));
            return false;
        }
        known = DatasetProgress.of(name, current.core()).in(DatasetSummary.State.UNLOADED);
        current.storage().journal().close();
        loaded = null;
        return true;
    }
}
