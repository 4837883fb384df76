package dev.fitt.application;

import dev.fitt.domain.AutosavePolicy;
import dev.fitt.ports.SaveFailedException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Saves by itself every N changes or T seconds, so the CSV is never far behind the journal, and
 * rests after each save in proportion to how long it took ({@link AutosavePolicy}). Runs on its
 * own thread: a tag change never waits for a save.
 */
public final class ServerAutosave implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(ServerAutosave.class.getName());
    private static final long TICK_MILLIS = 200;

    private final TaggingService service;
    private final AutosavePolicy policy;
    private final LongSupplier nanoClock;
    private final ScheduledExecutorService ticker;
    private long lastSaveNanos;
    /** How long the last autosave took: the policy makes the next one wait a multiple of it. */
    private Duration lastSaveTook = Duration.ZERO;

    public ServerAutosave(TaggingService service, AutosavePolicy policy) {
        this(service, policy, System::nanoTime);
    }

    ServerAutosave(TaggingService service, AutosavePolicy policy, LongSupplier nanoClock) {
        this.service = Objects.requireNonNull(service, "service");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.nanoClock = nanoClock;
        this.lastSaveNanos = nanoClock.getAsLong();
        this.ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "fitt-autosave");
            t.setDaemon(true);
            return t;
        });
    }

    public ServerAutosave start() {
        ticker.scheduleWithFixedDelay(this::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
        return this;
    }

    /** One check: save when the policy says so. Package-private so tests can drive it. */
    void tick() {
        long now = nanoClock.getAsLong();
        long pending = service.unsavedChangeCount();
        if (!policy.isDue(pending, Duration.ofNanos(now - lastSaveNanos), lastSaveTook)) {
            if (pending == 0) {
                lastSaveNanos = now;
            }
            return;
        }
        try {
            service.save();
            lastSaveNanos = nanoClock.getAsLong();
            lastSaveTook = Duration.ofNanos(lastSaveNanos - now);
        } catch (SaveFailedException e) {
            LOG.log(Level.ERROR, "autosave failed (changes stay in the journal): " + e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "autosave failed unexpectedly", e);
        }
    }

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
    }
}
