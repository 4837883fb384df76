package dev.fitt.server.service;

import dev.fitt.domain.AutosavePolicy;
import dev.fitt.ports.DatasetLoadException;
import dev.fitt.server.port.in.DatasetCatalogUseCase;
import dev.fitt.server.port.in.DatasetSummary;
import dev.fitt.server.port.in.OpenDataset;
import dev.fitt.server.port.out.DatasetSourcesPort;
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
    private final Map<String, CatalogEntry> entries = new LinkedHashMap<>();
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
        names.forEach(name -> entries.put(name, new CatalogEntry(name, sources, () -> this.autosave, clock, idle,
                nanoClock)));
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
        CatalogEntry entry = entries.get(name);
        return entry == null ? Optional.empty() : entry.ifLoaded(action);
    }

    @Override
    public OpenDataset open(String name) throws DatasetLoadException {
        CatalogEntry entry = entries.get(name);
        if (entry == null) {
            throw new DatasetLoadException(unknown(name, List.copyOf(entries.keySet())));
        }
        return entry.open();
    }

    /** Unloads every dataset nobody has held open for the idle time, each saved first. */
    void unloadIdle() {
        long now = nanoClock.getAsLong();
        for (CatalogEntry entry : entries.values()) {
            try {
                entry.unloadIfIdle(now);
            } catch (RuntimeException e) {
                LOG.log(Level.ERROR, "unloading dataset " + entry.name() + " failed unexpectedly", e);
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
        entries.values().forEach(CatalogEntry::unloadAtStop);
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
}
