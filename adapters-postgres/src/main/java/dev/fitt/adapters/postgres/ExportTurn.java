package dev.fitt.adapters.postgres;

import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which one of the servers of a dataset exports its labels to the CSV: the one holding a PostgreSQL
 * session advisory lock on the dataset (in the session of {@link ExportLocks}, which holds all of
 * this server's). The first server that saves takes it and keeps it while that session lives; the
 * others skip their exports (the database has every change already). When the holder stops or
 * dies, its session ends, the database drops the lock, and the next server that saves takes over.
 * Two exporters writing one CSV from their own memory would each overwrite the other's file with
 * whatever their copy held.
 */
public final class ExportTurn implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ExportTurn.class);

    private final ExportLocks locks;
    private final String name;
    private final String where;
    /** The session generation holding the lock; -1 while this server does not hold it. */
    private long taken = -1;

    ExportTurn(ExportLocks locks, String name, String where) {
        this.locks = locks;
        this.name = name;
        this.where = where;
    }

    /** True when this server exports: it held the turn, or took it now. */
    public synchronized boolean tryTake() {
        if (taken >= 0) {
            if (locks.holds(taken)) {
                return true;
            }
            // The session is gone, and the lock with it: another server may hold it by now.
            LOG.warn("lost the export turn of dataset {} in {} with its connection", name, where);
            taken = -1;
        }
        try {
            taken = locks.tryTake(name);
        } catch (SQLException e) {
            LOG.warn("cannot ask {} whose turn it is to export dataset {}: {}", where, name, SqlErrors.message(e));
            return false;
        }
        if (taken >= 0) {
            LOG.info("this server exports dataset {} of {} to the CSV", name, where);
            return true;
        }
        return false;
    }

    /** Gives the turn up. */
    @Override
    public synchronized void close() {
        if (taken >= 0) {
            locks.release(name, taken);
            taken = -1;
        }
    }
}
