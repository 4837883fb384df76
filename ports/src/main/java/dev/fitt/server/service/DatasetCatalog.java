package dev.fitt.server.service;

import dev.fitt.domain.AutosavePolicy;
import dev.fitt.ports.DatasetLoadException;
import dev.fitt.ports.SaveFailedException;
import dev.fitt.server.port.in.DatasetCatalogUseCase;
import dev.fitt.server.port.in.DatasetSummary;
import dev.fitt.server.port.in.DatasetUseCases;
import dev.fitt.server.port.in.OpenDataset;
import dev.fitt.server.port.out.DatasetSourcesPort;
import dev.fitt.server.port.out.DatasetStorage;
import dev.fitt.server.port.out.StoredDataset;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;

/**
 * The datasets of a server over a folder of data files, each with its own core (one
 * {@link ServerCore}, autosave and journal per loaded dataset). Start-up reads no data: a dataset
 * is loaded when a connection first opens it, and unloaded, with everything saved, once nobody
 * has held it open for the idle time, so a server with many datasets holds in memory only those in
 * use. Loading one never waits for another: each dataset has its own lock.
 */
public final class DatasetCatalog implements DatasetCatalogUseCase, AutoCloseable {
    private static final System.Logger LOG = System.getLogger(DatasetCatalog.class.getName());
    private static final long MIN_TICK_MILLIS = 20;
    private static final long MAX_TICK_MILLIS = 30_000;

    private final DatasetSourcesPort sources;
    /** Replaced when an administrator changes it; a dataset loaded later saves by the new one. */
    private volatile AutosavePolicy autosave;
    private final Clock clock;
    private final Duration idle;
    private final LongSupplier nanoClock;
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final ScheduledExecutorService ticker;
    private volatile String defaultName;

    /**
     * @param defaultDataset the dataset a connection works on until it chooses; empty: the first name
     * @throws DatasetLoadException when there is no dataset, or {@code defaultDataset} names none
     */
    public DatasetCatalog(DatasetSourcesPort sources, AutosavePolicy autosave, Duration idle,
            Optional<String> defaultDataset) throws DatasetLoadException {
        this(sources, autosave, idle, defaultDataset, Clock.systemUTC(), System::nanoTime);
    }

    DatasetCatalog(DatasetSourcesPort sources, AutosavePolicy autosave, Duration idle, Optional<String> defaultDataset,
            Clock clock, LongSupplier nanoClock) throws DatasetLoadException {
        this.sources = Objects.requireNonNull(sources, "sources");
        this.autosave = Objects.requireNonNull(autosave, "autosave");
        this.idle = Objects.requireNonNull(idle, "idle");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
        if (idle.isNegative() || idle.isZero()) {
            throw new IllegalArgumentException("the idle time before a dataset is unloaded must be positive, got "
                    + idle);
        }
        List<String> names = sources.names().stream().sorted().toList();
        if (names.isEmpty()) {
            throw new DatasetLoadException("there is no dataset to serve");
        }
        names.forEach(name -> entries.put(name, new Entry(name)));
        this.defaultName = checkedDefault(defaultDataset.orElse(names.get(0)));
        this.ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "fitt-dataset-idle");
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts unloading idle datasets, checking a few times per idle time. */
    public DatasetCatalog start() {
        long tick = Math.max(MIN_TICK_MILLIS, Math.min(MAX_TICK_MILLIS, idle.toMillis() / 4));
        ticker.scheduleWithFixedDelay(this::unloadIdle, tick, tick, TimeUnit.MILLISECONDS);
        return this;
    }

    @Override
    public List<DatasetSummary> datasets() {
        List<DatasetSummary> all = new ArrayList<>(entries.size());
        entries.values().forEach(entry -> all.add(entry.summary()));
        return all;
    }

    @Override
    public String defaultDataset() {
        return defaultName;
    }

    /** Changes the dataset connections work on until they choose (those that chose keep theirs). */
    public void setDefaultDataset(String name) throws DatasetLoadException {
        defaultName = checkedDefault(name);
    }

    /** Saves by {@code changed} from now on: the loaded datasets at once, the others when they load. */
    public void autosave(AutosavePolicy changed) {
        autosave = Objects.requireNonNull(changed, "changed");
        entries.values().forEach(entry -> entry.autosave(changed));
    }

    /**
     * Applies {@code action} to the dataset's core if it is loaded, under its lock, so it is not
     * unloaded meanwhile (nor loaded by someone else); empty when it is not loaded or not known.
     */
    <T, E extends Exception> Optional<T> ifLoaded(String name, CoreAction<T, E> action) throws E {
        Entry entry = entries.get(name);
        return entry == null ? Optional.empty() : entry.ifLoaded(action);
    }

    @Override
    public OpenDataset open(String name) throws DatasetLoadException {
        Entry entry = entries.get(name);
        if (entry == null) {
            throw new DatasetLoadException(unknown(name, List.copyOf(entries.keySet())));
        }
        return entry.open();
    }

    /** Unloads every dataset nobody has held open for the idle time, each saved first. */
    void unloadIdle() {
        long now = nanoClock.getAsLong();
        for (Entry entry : entries.values()) {
            try {
                entry.unloadIfIdle(now);
            } catch (RuntimeException e) {
                LOG.log(Level.ERROR, "unloading dataset " + entry.name + " failed unexpectedly", e);
            }
        }
    }

    /** Saves and unloads every dataset; call once no connection uses them any more. */
    @Override
    public void close() {
        ticker.shutdown();
        try {
            if (!ticker.awaitTermination(30, TimeUnit.SECONDS)) {
                ticker.shutdownNow();
            }
        } catch (InterruptedException e) {
            ticker.shutdownNow();
            Thread.currentThread().interrupt();
        }
        entries.values().forEach(Entry::unloadAtStop);
    }

    static String unknown(String name, List<String> names) {
        return "there is no dataset named \"" + name + "\"; this server has " + String.join(", ", names);
    }

    private String checkedDefault(String name) throws DatasetLoadException {
        if (!entries.containsKey(name)) {
            throw new DatasetLoadException("default_dataset: " + unknown(name, List.copyOf(entries.keySet())));
        }
        return name;
    }

    /** A loaded dataset: its core, the autosave taking clients' save requests, its open journal. */
    private record Loaded(ServerCore core, ServerAutosave autosave, DatasetStorage storage, DatasetUseCases useCases) {
    }

    /** One dataset; its lock guards loading, holders and unloading. */
    private final class Entry {
        final String name;
        private volatile Loaded loaded;
        /** What is known while it is not loaded. */
        private volatile DatasetSummary known;
        private int holders;
        private long idleSinceNanos;

        Entry(String name) {
            this.name = name;
            this.known = DatasetSummary.notLoadedYet(name);
        }

        /** Never waits for a load in progress: a list must not stall behind a large file. */
        DatasetSummary summary() {
            Loaded current = loaded;
            return current != null ? DatasetProgress.of(name, current.core()) : known;
        }

        synchronized OpenDataset open() throws DatasetLoadException {
            if (loaded == null) {
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
                ServerCore core = ServerCore.of(stored, storage.store(), storage.images(), storage.journal(),
                        RunVersions.claim(storage.versionBase(), clock), storage.provenance(), storage.assignments(),
                        clock);
                core.saving().recoverFromJournal();
                ServerAutosave saves = new ServerAutosave(core.saving(), autosave).start();
                LOG.log(Level.INFO, "loaded dataset {0}: {1} rows from {2} in {3} ms", name, core.dataset().size(),
                        stored.source(), (nanoClock.getAsLong() - started) / 1_000_000);
                return new Loaded(core, saves, storage, core.useCases(saves));
            } catch (DatasetLoadException | RuntimeException e) {
                if (storage != null) {
                    storage.journal().close();
                }
                known = DatasetSummary.failed(name, Objects.toString(e.getMessage(), e.toString()));
                LOG.log(Level.WARNING, "dataset " + name + " could not be loaded: " + e.getMessage());
                throw e;
            }
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
                ServerAutosave restarted = new ServerAutosave(current.core().saving(), autosave).start();
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
}
