package dev.fitt.server.service;

import dev.fitt.domain.AutosavePolicy;
import dev.fitt.ports.SaveFailedException;
import dev.fitt.server.port.in.SaveLabelsUseCase;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;

/**
 * Saves by itself every N changes or T seconds, so the CSV is never far behind the journal, and
 * rests after each save in proportion to how long it took ({@link AutosavePolicy}). Runs on its
 * own thread: a tag change never waits for a save.
 *
 * <p>It also takes the clients' save requests ({@link #save()}). The original client asks for one
 * after every edit, and a save rewrites the whole CSV, while every acknowledged change is already
 * durable in the journal. So a request is answered at once and only marks a save as wanted; this
 * thread writes it as soon as the last save has rested, so requests arriving meanwhile share one
 * write. The journal keeps each change until a save covers it, and the last save at shutdown
 * covers whatever a request left pending.
 */
public final class ServerAutosave implements SaveLabelsUseCase, AutoCloseable {
    private static final System.Logger LOG = System.getLogger(ServerAutosave.class.getName());
    private static final long TICK_MILLIS = 200;

    private final SavingService service;
    /** Replaced while running when an administrator changes it; read at every tick. */
    private volatile AutosavePolicy policy;
    private final LongSupplier nanoClock;
    private final ScheduledExecutorService ticker;
    /** A client asked for a save that has not started yet. */
    private final AtomicBoolean requested = new AtomicBoolean();
    /** Why the last save failed; null once one succeeds. */
    private volatile String lastFailure;
    // Guarded by this (the ticker thread, or a test driving tick()).
    private long lastSaveNanos;
    /** When the last save ended: a requested save rests from then. */
    private long lastSaveEndedNanos;
    /** How long the last save took: the next one waits a multiple of it. */
    private Duration lastSaveTook = Duration.ZERO;

    public ServerAutosave(SavingService service, AutosavePolicy policy) {
        this(service, policy, System::nanoTime);
    }

    ServerAutosave(SavingService service, AutosavePolicy policy, LongSupplier nanoClock) {
        this.service = Objects.requireNonNull(service, "service");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.nanoClock = nanoClock;
        this.lastSaveNanos = nanoClock.getAsLong();
        this.lastSaveEndedNanos = lastSaveNanos;
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

    /**
     * A client's save request, answered at once: every change acknowledged before it is durable in
     * the journal already, and will be in the CSV when the next save ends. That save starts now if
     * the last one has rested {@value AutosavePolicy#REST_PER_SAVE} times its own duration, else
     * once it has (checked every tick): so a requested save is written at most a tick plus that
     * rest plus its own duration after the request, and all requests made meanwhile share it. At
     * shutdown the last save covers a request still waiting.
     *
     * @throws SaveFailedException when a change is held only in memory (the journal could not write
     *     it: the original client reads this answer, not the change's), or the last save failed,
     *     with the reason; this request still asks for another try
     */
    @Override
    public void save() throws SaveFailedException {
        requested.set(true);
        try {
            ticker.execute(this::tick);
        } catch (RejectedExecutionException e) {
            // Stopping: the last save, after the ticker, covers this request.
        }
        Optional<String> held = service.changesHeldInMemory();
        if (held.isPresent()) {
            throw new SaveFailedException("not saved: changes could not be written to disk (" + held.get()
                    + "); they are written once the disk takes them, and a crash before then loses them");
        }
        String failure = lastFailure;
        if (failure != null) {
            throw new SaveFailedException("the last save failed (" + failure + "); every change is kept in the"
                    + " journal and the save is tried again");
        }
    }

    /** When it saves by itself now. */
    public AutosavePolicy policy() {
        return policy;
    }

    /** Saves by {@code changed} from the next check on (an administrator's live change). */
    public void policy(AutosavePolicy changed) {
        this.policy = Objects.requireNonNull(changed, "changed");
        try {
            ticker.execute(this::tick);
        } catch (RejectedExecutionException e) {
            // Stopping: the last save covers what is pending.
        }
    }

    /** One check: save when a client asked and the last save has rested, or when the policy says so. */
    synchronized void tick() {
        long now = nanoClock.getAsLong();
        long pending = service.unsavedChangeCount();
        boolean rested = now - lastSaveEndedNanos >= lastSaveTook.multipliedBy(AutosavePolicy.REST_PER_SAVE).toNanos();
        if (rested && requested.getAndSet(false)) {
            save(now, pending, "requested save");
            return;
        }
        if (!policy.isDue(pending, Duration.ofNanos(now - lastSaveNanos), lastSaveTook)) {
            if (pending == 0) {
                lastSaveNanos = now;
            }
            return;
        }
        save(now, pending, "autosave");
    }

    private void save(long now, long pending, String kind) {
        try {
            // Called even with nothing pending: a first requested save writes the output anyway.
            service.save();
            lastFailure = null;
            if (pending > 0) {
                lastSaveNanos = nanoClock.getAsLong();
                lastSaveEndedNanos = lastSaveNanos;
                lastSaveTook = Duration.ofNanos(lastSaveNanos - now);
            }
        } catch (SaveFailedException e) {
            String reason = Objects.toString(e.getMessage(), e.toString());
            failed(kind + " failed (unsaved changes are kept: in the journal, or in memory while the journal cannot write; the next save tries again): " + reason, reason, null);
        } catch (RuntimeException e) {
            failed(kind + " failed unexpectedly", e.toString(), e);
        }
    }

    /** Logs a failure once while it repeats: a client asking after every edit would repeat it often. */
    private void failed(String message, String reason, Throwable unexpected) {
        Level level = reason.equals(lastFailure) ? Level.DEBUG : Level.ERROR;
        lastFailure = reason;
        if (unexpected == null) {
            LOG.log(level, message);
        } else {
            LOG.log(level, message, unexpected);
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
