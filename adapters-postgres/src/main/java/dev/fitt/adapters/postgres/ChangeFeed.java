package dev.fitt.adapters.postgres;

import dev.fitt.server.port.out.CommittedRows;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows the commits of every dataset this server has loaded, whoever made them, on one connection
 * and one thread for all of them: a loaded dataset holds no connection of its own, so a server may
 * have as many loaded as its memory takes. The thread LISTENs on {@code fitt_rows} (every commit
 * notifies it, naming its dataset) and reads the datasets named ({@link FeedRead}); a dataset newly
 * followed is read within {@link #WAKE_MILLIS}. It also reads all of them every {@link #POLL_MILLIS},
 * so a notification lost with a connection costs at most that long. A lost database is tried again
 * with backoff, logged once per episode; on reconnect each dataset is read from where it stopped.
 * The thread runs while some dataset is followed. A notification of this server's own commit is
 * not read for ({@link OwnSessions}): the core applied that commit before it answered, so reading
 * it back is work for the database and nothing else; the next poll or another server's
 * notification reads it with the rest (a commit whose answer was lost on the way is applied so).
 */
final class ChangeFeed implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ChangeFeed.class);
    static final int POLL_MILLIS = 1_000;
    static final int WAKE_MILLIS = 100;

    /** One dataset followed, and how far its listener has been handed its commits. */
    static final class Follower implements AutoCloseable {
        private final ChangeFeed feed;
        private final long datasetId;
        private final String payload;
        private final String where;
        private final Consumer<List<CommittedRows>> listener;
        /** Only the feed's thread touches it. */
        private long delivered;
        /** Only the feed's thread touches it: read at the next wake-up. */
        private boolean fresh = true;
        /** Guarded by this: nothing is handed over once closed. */
        private boolean open = true;

        private Follower(ChangeFeed feed, long datasetId, String where, long after,
                Consumer<List<CommittedRows>> listener) {
            this.feed = feed;
            this.datasetId = datasetId;
            this.payload = Long.toString(datasetId);
            this.where = where;
            this.delivered = after;
            this.listener = listener;
        }

        @Override
        public void close() {
            synchronized (this) {
                open = false;
            }
            feed.followers.remove(this);
        }
    }

    private final DataSource dataSource;
    private final Outage outage;
    private final OwnSessions own = new OwnSessions(System::nanoTime);
    private final List<Follower> followers = new CopyOnWriteArrayList<>();
    /** Guarded by this: the thread following, null while none is. */
    private Thread thread;
    private volatile boolean running = true;

    ChangeFeed(DataSource dataSource, String where) {
        this.dataSource = dataSource;
        this.outage = new Outage(LOG, "following the changes in " + where, System::nanoTime);
    }

    /** The sessions this server commits through: a commit names its session here before it runs. */
    OwnSessions ownSessions() {
        return own;
    }

    /**
     * Hands every commit to dataset {@code datasetId} after version {@code after} to {@code listener},
     * in version order, on the feed's thread, until the returned follower is closed (it is handed
     * nothing after).
     */
    synchronized Follower follow(long datasetId, String where, long after,
            Consumer<List<CommittedRows>> listener) {
        if (!running) {
            throw new IllegalStateException("the change feed is closed");
        }
        Follower follower = new Follower(this, datasetId, where, after, listener);
        followers.add(follower);
        if (thread == null) {
            thread = new Thread(this::run, "fitt-change-feed");
            thread.setDaemon(true);
            thread.start();
        }
        return follower;
    }

    /** Whether the thread should go on; it ends, and says so, once nobody follows. */
    private synchronized boolean keepGoing() {
        if (running && !followers.isEmpty()) {
            return true;
        }
        thread = null;
        return false;
    }

    private void run() {
        while (true) {
            if (!keepGoing()) {
                return;
            }
            try (Connection connection = dataSource.getConnection()) {
                try (Statement listen = connection.createStatement()) {
                    listen.execute("LISTEN fitt_rows");
                }
                // Listening first, then reading: a commit in between is read now or notified after.
                readAll(connection);
                outage.succeeded();
                long lastRead = System.nanoTime();
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (true) {
                    if (!keepGoing()) {
                        return;
                    }
                    PGNotification[] notes = pg.getNotifications(WAKE_MILLIS);
                    if (System.nanoTime() - lastRead >= TimeUnit.MILLISECONDS.toNanos(POLL_MILLIS)) {
                        readAll(connection);
                        lastRead = System.nanoTime();
                    } else {
                        readNotified(connection, notes);
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                outage.failed(SqlErrors.message(e));
                sleep(outage.nanosToWait());
            }
        }
    }

    private void readAll(Connection connection) throws SQLException {
        for (Follower follower : followers) {
            read(connection, follower);
        }
    }

    /**
     * Reads the datasets another server's notification named, and those followed since the last
     * wake-up.
     */
    private void readNotified(Connection connection, PGNotification[] notes) throws SQLException {
        Set<String> named = new HashSet<>();
        if (notes != null) {
            for (PGNotification note : notes) {
                if (!own.isOwn(note.getPID())) {
                    named.add(note.getParameter());
                }
            }
        }
        for (Follower follower : followers) {
            if (follower.fresh || named.contains(follower.payload)) {
                read(connection, follower);
            }
        }
    }

    /**
     * Hands the follower what its dataset committed since; a listener that fails gets the same
     * commits again at the next read, and the other datasets are followed meanwhile.
     */
    private void read(Connection connection, Follower follower) throws SQLException {
        follower.fresh = false;
        List<CommittedRows> batch = FeedRead.after(connection, follower.datasetId, follower.delivered);
        if (batch.isEmpty()) {
            return;
        }
        synchronized (follower) {
            if (!follower.open) {
                return;
            }
            try {
                follower.listener.accept(batch);
                follower.delivered = batch.get(batch.size() - 1).version();
            } catch (RuntimeException e) {
                LOG.error("applying the changes to {} failed; they are read again", follower.where, e);
            }
        }
    }

    private void sleep(long nanos) {
        try {
            TimeUnit.NANOSECONDS.sleep(Math.max(nanos, TimeUnit.MILLISECONDS.toNanos(10)));
        } catch (InterruptedException e) {
            running = false;
        }
    }

    /** Stops following every dataset; the database closes after. */
    @Override
    public void close() {
        Thread following;
        synchronized (this) {
            running = false;
            following = thread;
        }
        if (following != null) {
            following.interrupt();
            try {
                following.join(POLL_MILLIS + 2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
