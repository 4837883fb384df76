package dev.fitt.adapters.postgres;

import dev.fitt.ports.DatasetLoadException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;

/** Brings a database to this fitt's schema with Flyway, and refuses one a newer fitt has migrated further. */
final class Schema {
    /** The highest migration this fitt ships (src/main/resources/db/fitt). */
    static final String VERSION = "1";
    static final String HISTORY_TABLE = "fitt_schema_history";

    private Schema() {
    }

    static void migrate(DataSource dataSource, String where) throws DatasetLoadException {
        Flyway flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/fitt")
                .table(HISTORY_TABLE)
                .load();
        try {
            MigrationInfo current = flyway.info().current();
            // Flyway skips migrations it does not know ("future" ones) without a word: an older fitt
            // would then write rows a newer schema may mean differently.
            if (current != null && current.getVersion().isNewerThan(MigrationVersion.fromVersion(VERSION))) {
                throw new DatasetLoadException("the database " + where + " has fitt schema version "
                        + current.getVersion() + ", newer than this fitt's " + VERSION
                        + "; run the fitt that migrated it, or a newer one");
            }
            flyway.migrate();
        } catch (FlywayException e) {
            throw new DatasetLoadException("cannot bring the database " + where + " to fitt schema version "
                    + VERSION + ": " + e.getMessage(), e);
        }
    }
}
