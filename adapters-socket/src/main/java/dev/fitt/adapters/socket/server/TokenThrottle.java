package dev.fitt.adapters.socket.server;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Slows down guessing the access token, per host. Once a host has sent a wrong token, each of
 * its later token checks gets a turn of its own, spaced ever wider apart with its recent failures
 * (from {@link #FIRST_STEP_MILLIS} doubling to {@link #MAX_STEP_MILLIS}), and is made only at
 * its turn: so parallel connections guess no faster than one, and a right token cannot be found
 * by not waiting for the refusals. A check whose turn is further away than the longest wait is not
 * made at all (the caller closes that connection). A host without recent failures waits for
 * nothing; failures are forgotten {@link #FORGET_SECONDS} after the last. Only the waiting
 * connection's own thread waits. Bounded: beyond {@link #MAX_HOSTS} hosts with failures, new
 * ones share one entry. Thread-safe.
 */
final class TokenThrottle {
    static final long FIRST_STEP_MILLIS = 25;
    static final long MAX_STEP_MILLIS = 1_000;
    static final long FORGET_SECONDS = 60;
    static final int MAX_HOSTS = 10_000;
    private static final String SHARED = "";

    private static final class Host {
        int failures;
        long lastFailure;
        long nextTurn;
    }

    /** The message timeout, which an administrator may change while the server runs. */
    private final LongSupplier maxWaitNanos;
    private final Map<String, Host> hosts = new HashMap<>();

    TokenThrottle(long maxWaitNanos) {
        this(() -> maxWaitNanos);
    }

    TokenThrottle(LongSupplier maxWaitNanos) {
        this.maxWaitNanos = maxWaitNanos;
    }

    /**
     * Takes the next turn of {@code host} for a token check at {@code now}: how many nanos to wait
     * for it, or -1 when it is beyond the longest wait (then no turn is taken).
     */
    synchronized long turn(String host, long now) {
        Host entry = current(host, now);
        if (entry == null || entry.failures == 0) {
            return 0;
        }
        long turn = Math.max(now, entry.nextTurn);
        if (turn - now > maxWaitNanos.getAsLong()) {
            return -1;
        }
        entry.nextTurn = turn + step(entry.failures);
        return turn - now;
    }

    /** A token check of {@code host} failed at {@code now}. */
    synchronized void failed(String host, long now) {
        Host entry = current(host, now);
        if (entry == null) {
            if (hosts.size() >= MAX_HOSTS) {
                forgetOld(now);
            }
            entry = hosts.computeIfAbsent(hosts.size() >= MAX_HOSTS ? SHARED : host, h -> new Host());
        }
        entry.failures++;
        entry.lastFailure = now;
        entry.nextTurn = Math.max(entry.nextTurn, now + step(entry.failures));
    }

    /** Waits for {@code host}'s turn; false when it is too far away (the check is not to be made). */
    boolean awaitTurn(String host) throws InterruptedException {
        long wait = turn(host, System.nanoTime());
        if (wait < 0) {
            return false;
        }
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
        return true;
    }

    /** Drops hosts whose failures are forgotten; called now and then. */
    synchronized void forgetOld(long now) {
        Iterator<Host> it = hosts.values().iterator();
        while (it.hasNext()) {
            Host entry = it.next();
            if (forgotten(entry, now)) {
                it.remove();
            }
        }
    }

    /** Hosts remembered (for tests: the map stays bounded). */
    synchronized int hostCount() {
        return hosts.size();
    }

    private Host current(String host, long now) {
        Host entry = hosts.get(host);
        if (entry == null && hosts.size() >= MAX_HOSTS) {
            entry = hosts.get(SHARED);
        }
        if (entry != null && forgotten(entry, now)) {
            entry.failures = 0;
        }
        return entry;
    }

    private static boolean forgotten(Host entry, long now) {
        return now - entry.lastFailure > TimeUnit.SECONDS.toNanos(FORGET_SECONDS) && now - entry.nextTurn > 0;
    }

    static long step(int failures) {
        int doublings = Math.min(failures - 1, 30);
        return TimeUnit.MILLISECONDS.toNanos(Math.min(MAX_STEP_MILLIS, FIRST_STEP_MILLIS << doublings));
    }
}
