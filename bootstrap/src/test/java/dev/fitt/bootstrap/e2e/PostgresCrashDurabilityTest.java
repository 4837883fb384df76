package dev.fitt.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fitt.adapters.postgres.EmbeddedDatabase;
import dev.fitt.adapters.postgres.PostgresConfig;
import dev.fitt.adapters.postgres.PostgresDatabase;
import dev.fitt.domain.LabelsSnapshot;
import dev.fitt.domain.TagValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acknowledged = committed, tried the hard way on PostgreSQL: a real `fitt server` with "database"
 * set takes v1 changes over a real socket and is killed with SIGKILL at random moments; every
 * acknowledged change must be in the database and in the exported CSV at the end, nothing else changed.
 */
class PostgresCrashDurabilityTest {
    static final int KILLS = 8;
    private static EmbeddedDatabase server;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        server = EmbeddedDatabase.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static boolean[] valuesOf(int row) {
        return new boolean[] {row % 2 == 0, row % 3 == 0, true};
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void everyAcknowledgedChangeSurvivesSigkillInTheDatabase() throws Exception {
        GroupedDataset data = GroupedDataset.write(dir.resolve("data"), 16, 10);
        PostgresConfig database = server.newDatabase();
        Path settings = dir.resolve("server_setting.json");
        Files.writeString(settings, "{\"host\": \"127.0.0.1\", \"port\": 0, \"csv_dir\": \"" + data.dataCsv
                + "\", \"csv_save_dir\": \"" + data.saveDir + "\", \"meta_path\": \"" + data.metaCsv
                + "\", \"autosave_changes\": 97, \"autosave_seconds\": 0, \"database\": {\"url\": \""
                + database.url() + "\", \"user\": \"" + database.user() + "\", \"password\": \""
                + database.password() + "\"}}");
        int rowsPerRun = data.rows / KILLS;
        Set<Integer> acknowledged = new HashSet<>();
        Set<Integer> inDoubt = new HashSet<>();
        Random random = new Random(20261203L);
        ExecutorService sender = Executors.newSingleThreadExecutor();
        try {
            for (int run = 0; run < KILLS; run++) {
                int firstRow = run * rowsPerRun;
                AtomicInteger next = new AtomicInteger(firstRow);
                try (ServerProcess process = ServerProcess.start(settings, dir)) {
                    Future<?> stream = sender.submit(() -> streamChanges(process, next, firstRow + rowsPerRun,
                            acknowledged));
                    Thread.sleep(20 + random.nextInt(200));
                    process.kill();
                    try {
                        stream.get(30, TimeUnit.SECONDS);
                    } catch (Exception expected) {
                        // the connection died with the server
                    }
                }
                synchronized (acknowledged) {
                    if (next.get() < firstRow + rowsPerRun && !acknowledged.contains(next.get())) {
                        inDoubt.add(next.get());
                    }
                }
            }
            try (ServerProcess process = ServerProcess.start(settings, dir)) {
                assertThat(process.log()).contains("localhost:" + server.port());
                assertThat(process.terminate()).as("exit code after SIGTERM").isZero();
            }
        } finally {
            sender.shutdownNow();
        }

        assertThat(acknowledged).as("changes acknowledged across all runs").hasSizeGreaterThan(KILLS);
        LabelsSnapshot stored;
        try (PostgresDatabase db = PostgresDatabase.open(database)) {
            stored = db.datasetStore("drive.csv").load().labels();
        }
        for (int display = 0; display < data.rows; display++) {
            int row = data.fileRow(display);
            boolean changed = stored.value(row, 2) == TagValue.TRUE;
            if (acknowledged.contains(display)) {
                assertThat(changed).as("acknowledged row %d in the database", display).isTrue();
                assertThat(stored.value(row, 0)).isEqualTo(TagValue.of(valuesOf(display)[0]));
                assertThat(stored.value(row, 1)).isEqualTo(TagValue.of(valuesOf(display)[1]));
            } else if (!inDoubt.contains(display)) {
                assertThat(stored.isLabelled(row)).as("row %d never changed", display).isFalse();
            }
        }
        List<String> saved = Files.readAllLines(data.output());
        long trueInLastColumn = saved.stream().skip(1).filter(line -> line.endsWith(",True")).count();
        assertThat(trueInLastColumn).as("rows labelled in the exported CSV")
                .isBetween((long) acknowledged.size(), (long) acknowledged.size() + inDoubt.size());
        try (Stream<Path> files = Files.list(data.saveDir)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no CSV journal: it is in the database")
                    .noneMatch(name -> name.contains(".journal"));
        }
    }

    private static Void streamChanges(ServerProcess server, AtomicInteger next, int end, Set<Integer> acknowledged)
            throws IOException {
        try (V1Client client = new V1Client(server.address())) {
            while (next.get() < end) {
                int row = next.get();
                String error = client.change(row, row, valuesOf(row));
                if (error != null) {
                    throw new AssertionError("change refused: " + error);
                }
                synchronized (acknowledged) {
                    acknowledged.add(row);
                    next.incrementAndGet();
                }
            }
        }
        return null;
    }
}
