package dev.fitt.bootstrap.e2e;

import dev.fitt.adapters.postgres.EmbeddedDatabase;
import dev.fitt.adapters.postgres.PostgresConfig;
import dev.fitt.adapters.postgres.PostgresDatabase;
import dev.fitt.domain.LabelsSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;

/** Settings for `fitt server` processes sharing one database and one save folder, and what the database holds. */
final class TwoServersOnePostgres {
    final GroupedDataset data;
    final PostgresConfig database;
    final Path settings;

    private TwoServersOnePostgres(GroupedDataset data, PostgresConfig database, Path settings) {
        this.data = data;
        this.database = database;
        this.settings = settings;
    }

    static TwoServersOnePostgres write(Path dir, EmbeddedDatabase server, int clips, int framesPerClip,
            int autosaveChanges) throws IOException {
        GroupedDataset data = GroupedDataset.write(dir.resolve("data"), clips, framesPerClip);
        PostgresConfig database = server.newDatabase();
        Path settings = dir.resolve("server_setting.json");
        Files.writeString(settings, "{\"host\": \"127.0.0.1\", \"port\": 0, \"csv_dir\": \"" + data.dataCsv
                + "\", \"csv_save_dir\": \"" + data.saveDir + "\", \"meta_path\": \"" + data.metaCsv
                + "\", \"autosave_changes\": " + autosaveChanges + ", \"autosave_seconds\": 0, \"database\": {\"url\": \""
                + database.url() + "\", \"user\": \"" + database.user() + "\", \"password\": \""
                + database.password() + "\"}}");
        return new TwoServersOnePostgres(data, database, settings);
    }

    /** The labels in the database, in file order. */
    LabelsSnapshot databaseLabels() throws Exception {
        try (PostgresDatabase db = PostgresDatabase.open(database)) {
            return db.datasetStore("drive.csv").load().labels();
        }
    }

    /** Every row's version in the database, in file order. */
    long[] databaseVersions() throws Exception {
        long[] versions = new long[data.rows];
        try (var connection = DriverManager.getConnection(database.url(), database.user(), database.password());
             var select = connection.createStatement();
             var rs = select.executeQuery("SELECT row_index, version FROM image_row ORDER BY row_index")) {
            while (rs.next()) {
                versions[rs.getInt(1)] = rs.getLong(2);
            }
        }
        return versions;
    }
}
