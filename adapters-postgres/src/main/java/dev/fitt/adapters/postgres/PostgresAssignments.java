package dev.fitt.adapters.postgres;

import dev.fitt.domain.ClipAssignments;
import dev.fitt.ports.AssignmentRefusedException;
import dev.fitt.ports.DatasetLoadException;
import dev.fitt.ports.SaveFailedException;
import dev.fitt.server.port.out.AssignmentStorePort;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * A dataset's clip assignments in {@code clip_assignment} (schema 4): read by every server of the
 * database, so a lead's change on one server is what every other server answers from then on.
 */
final class PostgresAssignments implements AssignmentStorePort {
    private final DataSource dataSource;
    private final String name;
    private final String where;

    PostgresAssignments(DataSource dataSource, String name, String where) {
        this.dataSource = dataSource;
        this.name = name;
        this.where = where;
    }

    @Override
    public ClipAssignments loadAssignments() throws DatasetLoadException {
        try (Connection connection = dataSource.getConnection()) {
            return read(connection, null);
        } catch (SQLException e) {
            throw new DatasetLoadException("cannot read the clip assignments of dataset " + name + " in " + where
                    + ": " + e.getMessage(), e);
        }
    }

    /**
     * In one transaction that holds the dataset's row ({@code FOR NO KEY UPDATE}) from the read to
     * the commit: two servers changing the assignments at once take turns, and the second sees the
     * first's; another server reads the old assignments or the new ones, never a mix.
     */
    @Override
    public ClipAssignments changeAssignments(AssignmentChange change)
            throws AssignmentRefusedException, SaveFailedException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                long id;
                try (PreparedStatement lock = connection.prepareStatement(
                        "SELECT id FROM dataset WHERE name = ? FOR NO KEY UPDATE")) {
                    lock.setString(1, name);
                    try (ResultSet rs = lock.executeQuery()) {
                        if (!rs.next()) {
                            throw new SaveFailedException("the database " + where + " has no dataset " + name
                                    + " to assign clips of");
                        }
                        id = rs.getLong(1);
                    }
                }
                ClipAssignments before = read(connection, id);
                ClipAssignments after = change.apply(before);
                write(connection, id, before, after);
                connection.commit();
                return after;
            } catch (DatasetLoadException e) {
                connection.rollback();
                throw new SaveFailedException(e.getMessage(), e);
            } catch (SQLException | SaveFailedException | AssignmentRefusedException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new SaveFailedException("cannot write the clip assignments of dataset " + name + " in " + where
                    + ": " + e.getMessage(), e);
        }
    }

    /** The assignments of the dataset with {@code id}, or of this store's dataset by name when null. */
    private ClipAssignments read(Connection connection, Long id) throws SQLException, DatasetLoadException {
        TreeMap<String, String> holders = new TreeMap<>();
        try (PreparedStatement select = connection.prepareStatement(id != null
                ? "SELECT clip_id, annotator FROM clip_assignment WHERE dataset_id = ?"
                : "SELECT a.clip_id, a.annotator FROM clip_assignment a JOIN dataset d ON d.id = a.dataset_id"
                        + " WHERE d.name = ?")) {
            if (id != null) {
                select.setLong(1, id);
            } else {
                select.setString(1, name);
            }
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    holders.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        try {
            return new ClipAssignments(holders);
        } catch (IllegalArgumentException e) {
            throw new DatasetLoadException("the database " + where + " holds a bad clip assignment of dataset " + name
                    + ": " + e.getMessage(), e);
        }
    }

    /**
     * Only what {@code after} changed: a clip still held by the same annotator keeps its row and its
     * {@code assigned_at}, and an assignment of one clip writes one row, whatever the dataset's size.
     */
    private static void write(Connection connection, long id, ClipAssignments before, ClipAssignments after)
            throws SQLException {
        Map<String, String> was = before.holders();
        Map<String, String> now = after.holders();
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM clip_assignment WHERE dataset_id = ? AND clip_id = ?")) {
            for (String clip : was.keySet()) {
                if (!now.containsKey(clip)) {
                    delete.setLong(1, id);
                    delete.setString(2, clip);
                    delete.addBatch();
                }
            }
            delete.executeBatch();
        }
        try (PreparedStatement upsert = connection.prepareStatement(
                "INSERT INTO clip_assignment (dataset_id, clip_id, annotator) VALUES (?, ?, ?)"
                        + " ON CONFLICT (dataset_id, clip_id) DO UPDATE SET annotator = excluded.annotator,"
                        + " assigned_at = now()")) {
            for (Map.Entry<String, String> held : now.entrySet()) {
                if (!held.getValue().equals(was.get(held.getKey()))) {
                    upsert.setLong(1, id);
                    upsert.setString(2, held.getKey());
                    upsert.setString(3, held.getValue());
                    upsert.addBatch();
                }
            }
            upsert.executeBatch();
        }
    }
}
