package dev.fitt.bootstrap.e2e;

import dev.fitt.adapters.csv.CsvAdapter;
import dev.fitt.adapters.csv.CsvStoreConfig;
import dev.fitt.adapters.postgres.EmbeddedDatabase;
import dev.fitt.adapters.postgres.PostgresConfig;
import dev.fitt.adapters.postgres.PostgresDatabase;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;

/**
 * Start of a `fitt server` process (a JVM of its own) on a dataset imported into an embedded
 * PostgreSQL: from launching the JVM to its "listen:" line, which it prints once the dataset is
 * loaded and the port is open. The dataset has 3 cameras and 5 tags, a fifth of its rows labelled,
 * and, as after some days of team work, who labelled those fifth and a review of one in five of
 * them. Launched with the repository's {@code fitt} launcher when {@code -Dfitt.launcher} names it
 * (bench/postgres-start.sh does), otherwise with {@code java -cp}. Not a test: run it with
 * {@code bench/postgres-start.sh [ROWS] [RUNS] [fresh] [elsewhere]}.
 */
public final class PostgresStartBench {
    private static final List<String> JVM_FLAGS = List.of("-Xmx1g", "-XX:+UseParallelGC");

    private PostgresStartBench() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Math.min(Integer.parseInt(args[0]), 2_000_000) : 1_000_000;
        int runs = args.length > 1 ? Math.min(Integer.parseInt(args[1]), 10) : 3;
        // The launcher users run (its JVM flags and class archive), as bench/server-startup.sh does for CSV.
        String launcher = System.getProperty("fitt.launcher");
        Path dir = Files.createTempDirectory("fitt-postgres-start-bench-");
        try (EmbeddedDatabase postgres = EmbeddedDatabase.startDurable()) {
            // Commits timed as a production server makes them: each waits for the disk.
            System.out.println(postgres.durability());
            PostgresConfig database = postgres.newDatabase();
            Path data = writeDataset(dir, rows);
            List<String> modes = args.length > 2 ? List.of(args).subList(2, args.length) : List.of();
            long started = System.nanoTime();
            try (PostgresDatabase db = PostgresDatabase.open(database)) {
                CsvStoreConfig csv = new CsvStoreConfig(data, dir.resolve("meta.csv"), dir.resolve("out"), false);
                if (modes.contains("elsewhere")) {
                    // As if imported by another machine: no keys file here, the first start reads every column.
                    db.importIfAbsent("data.csv", CsvAdapter.datasetStore(csv).load());
                } else {
                    // As `fitt import` and a server's own import do with these settings.
                    db.importIfAbsent("data.csv", CsvAdapter.datasetStore(csv).load(),
                            dir.resolve("out").resolve("data.csv.pg-rows.cache"));
                }
            }
            System.out.printf("%,d rows imported in %d ms%n", rows, (System.nanoTime() - started) / 1_000_000);
            if (!modes.contains("fresh")) {
                recordTeamWork(database);
            }
            Path settings = dir.resolve("server_setting.json");
            Files.writeString(settings, "{\"host\": \"127.0.0.1\", \"port\": 0, \"csv_dir\": \"" + data
                    + "\", \"csv_save_dir\": \"" + dir.resolve("out") + "\", \"meta_path\": \"" + dir.resolve("meta.csv")
                    + "\", \"autosave_changes\": 0, \"autosave_seconds\": 0, \"database\": {\"url\": \""
                    + database.url() + "\", \"user\": \"" + database.user() + "\", \"password\": \""
                    + database.password() + "\"}}");
            for (int run = 1; run <= runs; run++) {
                long launched = System.nanoTime();
                try (ServerProcess server = launcher == null ? ServerProcess.start(settings, dir, JVM_FLAGS)
                        : ServerProcess.start(List.of(launcher, "server", "--config", settings.toString()), dir)) {
                    long ready = System.nanoTime() - launched;
                    System.out.printf("run %d: start to ready %d ms (%s)%n", run, ready / 1_000_000,
                            launcher == null ? "java -cp, JVM flags " + String.join(" ", JVM_FLAGS) : launcher);
                    if (System.getenv("FITT_BENCH_SERVER_LOG") != null) {
                        System.out.println(server.log());
                    }
                    // SIGKILL: a stop would export the 1M rows to the CSV first, which is not what is measured;
                    // FITT_BENCH_TERMINATE stops it with SIGTERM instead, so that a JFR recording is written.
                    if (System.getenv("FITT_BENCH_TERMINATE") != null) {
                        server.terminate();
                    } else {
                        server.kill();
                    }
                }
            }
            String hold = System.getenv("FITT_BENCH_HOLD_SECONDS");
            if (hold != null) {
                // To look into the database (psql) after the runs; bounded, as every wait here.
                System.out.printf("holding %s for %s s: %s user %s password %s%n", database.url(), hold,
                        database.url(), database.user(), database.password());
                Thread.sleep(Math.min(Long.parseLong(hold), 1800) * 1000);
            }
        } finally {
            // A million-row dataset and its exports: about 90 MB a run.
            BenchFolders.delete(dir);
        }
    }

    /** Provenance as the commits would have recorded it, for the rows the CSV had labelled. */
    private static void recordTeamWork(PostgresConfig database) throws Exception {
        try (Connection connection = DriverManager.getConnection(database.url(), database.user(), database.password());
                Statement statement = connection.createStatement()) {
            int worked = statement.executeUpdate("UPDATE image_row SET labelled_by = 'annotator' || (row_index % 7),"
                    + " labelled_at = now() - row_index * interval '1 second',"
                    + " reviewed_by = CASE WHEN row_index % 25 = 0 THEN 'lead' END,"
                    + " reviewed_at = CASE WHEN row_index % 25 = 0 THEN now() END,"
                    + " review = CASE WHEN row_index % 25 = 0 THEN 'accepted' ELSE '' END"
                    + " WHERE row_index % 5 = 0");
            statement.execute("VACUUM ANALYZE image_row");
            System.out.printf("%,d rows given provenance%n", worked);
        }
    }

    private static Path writeDataset(Path dir, int rows) throws Exception {
        Files.writeString(dir.resolve("meta.csv"), "code,alias\n100,A\n200,B\n300,C\n400,D\n500,E\n");
        Path data = dir.resolve("data.csv");
        String[] cameras = {"front", "left", "right"};
        try (BufferedWriter out = Files.newBufferedWriter(data, StandardCharsets.UTF_8)) {
            out.write("clip_id,modality,file_path,tag_code_100,tag_code_200,tag_code_300,tag_code_400,tag_code_500\n");
            for (int row = 0; row < rows; row++) {
                int clip = row / 300;
                String labels = row % 5 == 0 ? "True,False,,True,False" : ",,,,";
                out.write("clip" + clip + "," + cameras[row % 3] + ",images/clip" + clip + "/" + row + ".jpg,"
                        + labels + "\n");
            }
        }
        return data;
    }
}
