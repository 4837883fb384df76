package dev.fitt.adapters.postgres;

import dev.fitt.ports.JournalException;
import dev.fitt.server.port.out.VersionBasePort;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.OptionalLong;
import javax.sql.DataSource;

/** The latest run's version base of a dataset, one row of {@code run_version_base}. */
final class PostgresVersionBase implements VersionBasePort {
    private final DataSource dataSource;
    private final String name;
    private final String where;

    PostgresVersionBase(DataSource dataSource, String name, String where) {
        this.dataSource = dataSource;
        this.name = name;
        this.where = where;
    }

    @Override
    public OptionalLong latest() throws JournalException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT b.base FROM run_version_base b"
                     + " JOIN dataset d ON d.id = b.dataset_id WHERE d.name = ?")) {
            select.setString(1, name);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
            }
        } catch (SQLException e) {
            throw new JournalException("cannot read the version base of dataset " + name + " in " + where + ": "
                    + e.getMessage(), e);
        }
    }

    @Override
    public void record(long base) throws JournalException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement upsert = connection.prepareStatement("INSERT INTO run_version_base (dataset_id, base)"
                     + " SELECT id, ? FROM dataset WHERE name = ?"
                     + " ON CONFLICT (dataset_id) DO UPDATE SET base = excluded.base, recorded_at = now()")) {
            upsert.setLong(1, base);
            upsert.setString(2, name);
            if (upsert.executeUpdate() != 1) {
                throw new JournalException("the database " + where + " has no dataset " + name
                        + " to record a version base for");
            }
        } catch (SQLException e) {
            throw new JournalException("cannot record the version base of dataset " + name + " in " + where + ": "
                    + e.getMessage(), e);
        }
    }
}
