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
import java.util.List;

/**
 * Start of a `fitt server` process (a JVM of its own) on a dataset imported into an embedded
 * PostgreSQL: from launching the JVM to its "listen:" line, which it prints once the dataset is
 * loaded and the port is open. The dataset has 3 cameras and 5 tags, a fifth of its rows labelled.
 * Not a test: run it with {@code bench/postgres-start.sh [ROWS] [RUNS]}.
 */
public final class PostgresStartBench {
    private static final List<String> JVM_FLAGS = List.of("-Xmx1g", "-XX:+UseParallelGC");

    private PostgresStartBench() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Math.min(Integer.parseInt(args[0]), 2_000_000) : 1_000_000;
        int runs = args.length > 1 ? Math.min(Integer.parseInt(args[1]), 10) : 3;
        Path dir = Files.createTempDirectory("fitt-postgres-start-bench-");
        try (EmbeddedDatabase postgres = EmbeddedDatabase.start()) {
            PostgresConfig database = postgres.newDatabase();
            Path data = writeDataset(dir, rows);
            long started = System.nanoTime();
            try (PostgresDatabase db = PostgresDatabase.open(database)) {
                CsvStoreConfig csv = new CsvStoreConfig(data, dir.resolve("meta.csv"), dir.resolve("out"), false);
                db.importIfAbsent("data.csv", CsvAdapter.datasetStore(csv).load());
            }
            System.out.printf("%,d rows imported in %d ms%n", rows, (System.nanoTime() - started) / 1_000_000);
            Path settings = dir.resolve("server_setting.json");
            Files.writeString(settings, "{\"host\": \"127.0.0.1\", \"port\": 0, \"csv_dir\": \"" + data
                    + "\", \"csv_save_dir\": \"" + dir.resolve("out") + "\", \"meta_path\": \"" + dir.resolve("meta.csv")
                    + "\", \"autosave_changes\": 0, \"autosave_seconds\": 0, \"database\": {\"url\": \""
                    + database.url() + "\", \"user\": \"" + database.user() + "\", \"password\": \""
                    + database.password() + "\"}}");
            for (int run = 1; run <= runs; run++) {
                long launched = System.nanoTime();
                try (ServerProcess server = ServerProcess.start(settings, dir, JVM_FLAGS)) {
                    long ready = System.nanoTime() - launched;
                    System.out.printf("run %d: start to ready %d ms (JVM flags %s)%n", run, ready / 1_000_000,
                            String.join(" ", JVM_FLAGS));
                    if (System.getenv("FITT_BENCH_SERVER_LOG") != null) {
                        System.out.println(server.log());
                    }
                    // SIGKILL: a stop would export the 1M rows to the CSV first, which is not what is measured.
                    server.kill();
                }
            }
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
