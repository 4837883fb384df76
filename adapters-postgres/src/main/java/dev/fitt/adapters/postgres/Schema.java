package dev.fitt.adapters.postgres;

import dev.fitt.ports.DatasetLoadException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationVersion;

/** Brings a database to this fitt's schema with Flyway, and refuses one a newer fitt has migrated further. */
final class Schema {
    /** The highest migration this fitt ships (src/main/resources/db/fitt). */
    static final String VERSION = "6";
    static final String HISTORY_TABLE = "fitt_schema_history";

    private Schema() {
    }

    static void migrate(DataSource dataSource, String where) throws DatasetLoadException {
        MigrationVersion ours = MigrationVersion.fromVersion(VERSION);
        Optional<MigrationVersion> current = current(dataSource, where);
        // Flyway skips migrations it does not know ("future" ones) without a word: an older fitt
        // would then write rows a newer schema may mean differently.
        if (current.isPresent() && current.get().isNewerThan(ours)) {
            throw new DatasetLoadException("the database " + where + " has fitt schema version " + current.get()
                    + ", newer than this fitt's " + VERSION + "; run the fitt that migrated it, or a newer one");
        }
        if (current.isPresent() && current.get().equals(ours)) {
            // Up to date: starting Flyway only to hear so costs a server start about two seconds.
            return;
        }
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/fitt")
                    .table(HISTORY_TABLE)
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new DatasetLoadException("cannot bring the database " + where + " to fitt schema version "
                    + VERSION + ": " + e.getMessage(), e);
        }
    }

    /** The highest version migrated successfully; empty for a database fitt never used. */
    private static Optional<MigrationVersion> current(DataSource dataSource, String where)
            throws DatasetLoadException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            try (ResultSet exists = statement.executeQuery("SELECT to_regclass('" + HISTORY_TABLE + "') IS NOT NULL")) {
                exists.next();
                if (!exists.getBoolean(1)) {
                    return Optional.empty();
                }
            }
            MigrationVersion highest = null;
            try (ResultSet versions = statement.executeQuery(
                    "SELECT version FROM " + HISTORY_TABLE + " WHERE success AND version IS NOT NULL")) {
                while (versions.next()) {
                    MigrationVersion version = MigrationVersion.fromVersion(versions.getString(1));
                    if (highest == null || version.isNewerThan(highest)) {
                        highest = version;
                    }
                }
            }
            return Optional.ofNullable(highest);
        } catch (SQLException e) {
            throw new DatasetLoadException("cannot read the fitt schema version of the database " + where + ": "
                    + e.getMessage(), e);
        }
    }
}
