package dev.fitt.adapters.postgres;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The database sessions (backend process ids) this server committed through lately, so that the
 * change feed can tell a notification of its own commit, which the core applied already, from one
 * of another server's. A session counts as this server's for {@link #REMEMBERED_NANOS} after its
 * last commit: the pool may close a connection, and PostgreSQL may give its pid to another server's
 * new session; a notification of that one taken for this server's costs the feed's next poll, never
 * a change.
 */
final class OwnSessions {
    static final long REMEMBERED_NANOS = TimeUnit.SECONDS.toNanos(30);
    /** Above a pool's worth of sessions, the stale ones are looked for. */
    static final int FORGET_ABOVE = 64;

    private final Map<Integer, Long> lastCommit = new ConcurrentHashMap<>();
    private final LongSupplier nanoTime;

    OwnSessions(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /**
     * Called before a commit runs in session {@code pid}, so its notification finds it. The pool
     * replaces its connections now and then, so sessions not committed through lately are forgotten
     * here too: a server running for months keeps only those of the last moments.
     */
    void committing(int pid) {
        long now = nanoTime.getAsLong();
        lastCommit.put(pid, now);
        if (lastCommit.size() > FORGET_ABOVE) {
            lastCommit.values().removeIf(at -> now - at >= REMEMBERED_NANOS);
        }
    }

    /** How many sessions are remembered now, for tests: it must not grow with the months. */
    int remembered() {
        return lastCommit.size();
    }

    /** Whether session {@code pid} is one this server committed through lately. */
    boolean isOwn(int pid) {
        Long at = lastCommit.get(pid);
        if (at == null) {
            return false;
        }
        if (nanoTime.getAsLong() - at < REMEMBERED_NANOS) {
            return true;
        }
        lastCommit.remove(pid, at);
        return false;
    }
}
