package dev.fitt.adapters.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one database session that holds every export turn this server has taken (session advisory
 * locks): a dataset's turn costs no connection of its own. The session is opened with the first turn
 * taken and closed with the last one given up. When it dies, the database drops all its locks at
 * once; each turn finds out at its next save ({@link #holds}) and tries to take its lock again in a
 * new session.
 */
final class ExportLocks {
    private static final Logger LOG = LoggerFactory.getLogger(ExportLocks.class);
    /** 'fitu': apart from the commits' lock ('fitt') on the same dataset id. */
    private static final int LOCK_CLASS = 1718187125;

    private final DataSource dataSource;
    /** Guarded by this: the session holding the locks, null while none is held. */
    private Connection session;
    /** Guarded by this: which session it is, so a turn taken in one that died is not taken for held. */
    private long generation;
    /**
     * Guarded by this: the datasets whose locks the session holds. A session takes an advisory lock it
     * holds again, so a second turn of one dataset in this server is refused here.
     */
    private final Set<String> held = new HashSet<>();

    ExportLocks(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Takes dataset {@code name}'s lock when it is free; returns the session's generation that holds
     * it, or -1 when another server holds it.
     */
    synchronized long tryTake(String name) throws SQLException {
        if (held.contains(name)) {
            return -1;
        }
        if (session == null) {
            session = dataSource.getConnection();
            generation++;
        }
        try (PreparedStatement take = session.prepareStatement("SELECT pg_try_advisory_lock(?, id::integer)"
                + " FROM dataset WHERE name = ?")) {
            take.setInt(1, LOCK_CLASS);
            take.setString(2, name);
            try (ResultSet rs = take.executeQuery()) {
                if (rs.next() && rs.getBoolean(1)) {
                    held.add(name);
                    return generation;
                }
            }
        } catch (SQLException e) {
            dropSession();
            throw e;
        }
        closeIfUnused();
        return -1;
    }

    /** Whether the lock taken in session {@code taken} is still held: that session is alive. */
    synchronized boolean holds(long taken) {
        if (session == null || taken != generation) {
            return false;
        }
        try {
            if (session.isValid(2)) {
                return true;
            }
        } catch (SQLException e) {
            LOG.debug("checking the export turns' session", e);
        }
        dropSession();
        return false;
    }

    /** Gives dataset {@code name}'s lock, taken in session {@code taken}, up. */
    synchronized void release(String name, long taken) {
        if (session == null || taken != generation) {
            return; // that session is gone, and its locks with it
        }
        try (PreparedStatement unlock = session.prepareStatement("SELECT pg_advisory_unlock(?, id::integer)"
                + " FROM dataset WHERE name = ?")) {
            unlock.setInt(1, LOCK_CLASS);
            unlock.setString(2, name);
            unlock.execute();
            held.remove(name);
            closeIfUnused();
        } catch (SQLException e) {
            // Closing the session drops every lock in it: the others are taken again at their next save.
            LOG.debug("giving up the export turn of {}", name, e);
            dropSession();
        }
    }

    /** Gives every turn up (closing the session drops its locks). */
    synchronized void close() {
        dropSession();
    }

    private void closeIfUnused() {
        if (held.isEmpty()) {
            dropSession();
        }
    }

    private void dropSession() {
        if (session != null) {
            try {
                session.close();
            } catch (SQLException e) {
                LOG.debug("closing the export turns' session", e);
            }
            session = null;
            held.clear();
        }
    }
}
