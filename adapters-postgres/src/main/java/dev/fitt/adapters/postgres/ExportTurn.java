package dev.fitt.adapters.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which one of the servers of a dataset exports its labels to the CSV: the one holding a PostgreSQL
 * session advisory lock on the dataset. The first server that saves takes it and keeps it while its
 * connection lives; the others skip their exports (the database has every change already). When the
 * holder stops or dies, its session ends, the database drops the lock, and the next server that
 * saves takes over. Two exporters writing one CSV from their own memory would each overwrite the
 * other's file with whatever their copy held.
 */
public final class ExportTurn implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ExportTurn.class);
    /** 'fitu': apart from the commits' lock ('fitt') on the same dataset id. */
    private static final int LOCK_CLASS = 1718187125;

    private final DataSource dataSource;
    private final String name;
    private final String where;
    /** The session holding the lock; null while this server does not hold it. */
    private Connection holding;

    ExportTurn(DataSource dataSource, String name, String where) {
        this.dataSource = dataSource;
        this.name = name;
        this.where = where;
    }

    /** True when this server exports: it held the turn, or took it now. */
    public synchronized boolean tryTake() {
        try {
            if (holding != null) {
                if (holding.isValid(2)) {
                    return true;
                }
                // The session is gone, and the lock with it: another server may hold it by now.
                LOG.warn("lost the export turn of dataset {} in {} with its connection", name, where);
                release();
            }
            Connection connection = dataSource.getConnection();
            try (PreparedStatement take = connection.prepareStatement("SELECT pg_try_advisory_lock(?, id::integer)"
                    + " FROM dataset WHERE name = ?")) {
                take.setInt(1, LOCK_CLASS);
                take.setString(2, name);
                try (ResultSet rs = take.executeQuery()) {
                    if (rs.next() && rs.getBoolean(1)) {
                        holding = connection;
                        LOG.info("this server exports dataset {} of {} to the CSV", name, where);
                        return true;
                    }
                }
            }
            connection.close();
            return false;
        } catch (SQLException e) {
            LOG.warn("cannot ask {} whose turn it is to export dataset {}: {}", where, name, e.getMessage());
            return false;
        }
    }

    private void release() {
        try {
            holding.close();
        } catch (SQLException e) {
            LOG.debug("closing the export turn's connection", e);
        }
        holding = null;
    }

    /** Gives the turn up (closing the session drops the lock). */
    @Override
    public synchronized void close() {
        if (holding != null) {
            try (PreparedStatement unlock = holding.prepareStatement("SELECT pg_advisory_unlock_all()")) {
                unlock.execute();
            } catch (SQLException e) {
                LOG.debug("unlocking the export turn", e);
            }
            release();
        }
    }
}
