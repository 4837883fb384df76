package dev.fitt.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fitt.adapters.csv.CsvAdapter;
import dev.fitt.adapters.csv.CsvStoreConfig;
import dev.fitt.adapters.postgres.EmbeddedDatabase;
import dev.fitt.adapters.socket.ClientConfig;
import dev.fitt.adapters.socket.SocketAdapter;
import dev.fitt.client.port.out.TaggingServerPort;
import dev.fitt.domain.LabelsSnapshot;
import dev.fitt.domain.TagChange;
import dev.fitt.domain.TagValue;
import dev.fitt.ports.ChangeConflictException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two real `fitt server` processes on one embedded PostgreSQL, 8 clients over real sockets (4 on
 * each, half protocol v1, half versioned edits) x 1,000 changes to the same few rows: both servers,
 * the database and the exported CSV end with exactly the same labels, every acknowledged change is
 * accounted for, and versioned edits based on rows changed through the other server are conflicts.
 */
class MultiServerPostgresTest {
    static final int CHANGES_PER_CLIENT = 1_000;
    private static EmbeddedDatabase postgres;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        postgres = EmbeddedDatabase.start();
    }

    @AfterAll
    static void stop() {
        postgres.close();
    }

    /** One acknowledged change: its rows, values, when it was sent and answered, and its version (-1 for v1). */
    record Acked(int first, int last, boolean[] values, long sentNanos, long ackedNanos, long version) {
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void eightClientsOnTwoServersEndWithTheSameLabelsEverywhereAndLoseNothing() throws Exception {
        TwoServersOnePostgres setup = TwoServersOnePostgres.write(dir, postgres, 4, 4, 500);
        GroupedDataset data = setup.data;
        List<Acked> acked = new ArrayList<>();
        AtomicInteger conflicts = new AtomicInteger();
        try (ServerProcess a = ServerProcess.start(setup.settings, dir);
             ServerProcess b = ServerProcess.start(setup.settings, dir)) {
            ExecutorService clients = Executors.newFixedThreadPool(8);
            List<Future<List<Acked>>> results = new ArrayList<>();
            for (int client = 0; client < 8; client++) {
                ServerProcess server = client % 2 == 0 ? a : b;
                long seed = 1000 + client;
                if (client < 4) {
                    results.add(clients.submit(() -> v1Client(server, data.rows, seed)));
                } else {
                    results.add(clients.submit(() -> versionedClient(server, data.rows, seed, conflicts)));
                }
            }
            clients.shutdown();
            for (Future<List<Acked>> result : results) {
                acked.addAll(result.get(4, TimeUnit.MINUTES));
            }

            try (TaggingServerPort onA = connect(a); TaggingServerPort onB = connect(b)) {
                awaitTrue(() -> same(onA, onB, setup, data), "both servers show what the database holds");
                // Pushed live: a change through A reaches a client subscribed on B.
                Set<Long> pushedOnB = ConcurrentHashMap.newKeySet();
                try (AutoCloseable watching = onB.watchChanges(change -> pushedOnB.add(change.version()))) {
                    long sent = System.nanoTime();
                    long version = onA.tagIfCurrent(TagChange.ofRow(0, values(true, true, true)),
                            onA.fetchVersionedLabels().version());
                    acked.add(new Acked(0, 0, new boolean[] {true, true, true}, sent, System.nanoTime(), version));
                    awaitTrue(() -> pushedOnB.contains(version), "the last change pushed to B's subscriber");
                }
                awaitTrue(() -> same(onA, onB, setup, data), "both servers show the last change");
            }
            assertThat(a.terminate()).as("A's exit code").isZero();
            assertThat(b.terminate()).as("B's exit code").isZero();
        }

        LabelsSnapshot database = setup.databaseLabels();
        LabelsSnapshot csv = CsvAdapter.datasetStore(new CsvStoreConfig(data.dataCsv, data.metaCsv, data.saveDir,
                false)).load().labels();
        assertThat(csv).as("the exported CSV holds what the database holds").isEqualTo(database);
        assertThat(acked).as("every change answered, conflicts apart").hasSize(8 * CHANGES_PER_CLIENT + 1
                - conflicts.get());
        assertThat(conflicts.get()).as("versioned edits on rows changed meanwhile are conflicts").isPositive();
        assertNoneLost(acked, database, setup.databaseVersions(), data);
    }

    /** Every row holds an acknowledged change that no change acknowledged later superseded; versioned ones exactly. */
    private static void assertNoneLost(List<Acked> acked, LabelsSnapshot database, long[] versions,
            GroupedDataset data) {
        for (int display = 0; display < data.rows; display++) {
            int row = data.fileRow(display);
            List<Acked> onRow = new ArrayList<>();
            for (Acked change : acked) {
                if (change.first() <= display && display <= change.last()) {
                    onRow.add(change);
                }
            }
            if (onRow.isEmpty()) {
                assertThat(database.isLabelled(row)).as("row %d never changed", display).isFalse();
                continue;
            }
            long newestSent = onRow.stream().mapToLong(Acked::sentNanos).max().orElseThrow();
            boolean[] now = {database.value(row, 0) == TagValue.TRUE, database.value(row, 1) == TagValue.TRUE,
                    database.value(row, 2) == TagValue.TRUE};
            boolean heldByALiveCandidate = onRow.stream()
                    .filter(c -> onRow.stream().noneMatch(later -> later.sentNanos() > c.ackedNanos()))
                    .anyMatch(c -> java.util.Arrays.equals(c.values(), now));
            assertThat(heldByALiveCandidate).as("row %d holds one of its last acknowledged changes (newest sent %d)",
                    display, newestSent).isTrue();
            long newestVersioned = onRow.stream().mapToLong(Acked::version).max().orElseThrow();
            assertThat(versions[row]).as("row %d's version", display).isGreaterThanOrEqualTo(newestVersioned);
            for (Acked change : onRow) {
                if (change.version() == versions[row]) {
                    assertThat(now).as("row %d holds the change of its version", display).isEqualTo(change.values());
                }
            }
        }
    }

    private static boolean same(TaggingServerPort onA, TaggingServerPort onB, TwoServersOnePostgres setup,
            GroupedDataset data) {
        try {
            LabelsSnapshot labelsA = onA.fetchVersionedLabels().labels();
            LabelsSnapshot labelsB = onB.fetchVersionedLabels().labels();
            LabelsSnapshot database = setup.databaseLabels();
            if (!labelsA.equals(labelsB)) {
                return false;
            }
            for (int display = 0; display < data.rows; display++) {
                for (int tag = 0; tag < GroupedDataset.TAGS; tag++) {
                    if (labelsA.value(display, tag) != database.value(data.fileRow(display), tag)) {
                        return false;
                    }
                }
            }
            return true;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static List<Acked> v1Client(ServerProcess server, int rows, long seed) throws Exception {
        Random random = new Random(seed);
        List<Acked> acked = new ArrayList<>();
        try (V1Client client = new V1Client(server.address())) {
            for (int i = 0; i < CHANGES_PER_CLIENT; i++) {
                int first = random.nextInt(rows);
                int last = Math.min(rows - 1, first + random.nextInt(3));
                boolean[] values = {random.nextBoolean(), random.nextBoolean(), random.nextBoolean()};
                long sent = System.nanoTime();
                String error = client.change(first, last, values);
                if (error != null) {
                    throw new AssertionError("v1 change refused: " + error);
                }
                acked.add(new Acked(first, last, values, sent, System.nanoTime(), -1));
            }
        }
        return acked;
    }

    private static List<Acked> versionedClient(ServerProcess server, int rows, long seed, AtomicInteger conflicts)
            throws Exception {
        Random random = new Random(seed);
        List<Acked> acked = new ArrayList<>();
        try (TaggingServerPort client = connect(server)) {
            long basis = client.fetchVersionedLabels().version();
            for (int i = 0; i < CHANGES_PER_CLIENT; i++) {
                int first = random.nextInt(rows);
                int last = Math.min(rows - 1, first + random.nextInt(3));
                boolean[] values = {random.nextBoolean(), random.nextBoolean(), random.nextBoolean()};
                long sent = System.nanoTime();
                try {
                    long version = client.tagIfCurrent(new TagChange(first, last, values(values)), basis);
                    acked.add(new Acked(first, last, values, sent, System.nanoTime(), version));
                } catch (ChangeConflictException e) {
                    conflicts.incrementAndGet();
                    basis = client.fetchVersionedLabels().version();
                }
            }
        }
        return acked;
    }

    private static List<TagValue> values(boolean... values) {
        List<TagValue> list = new ArrayList<>();
        for (boolean value : values) {
            list.add(TagValue.of(value));
        }
        return list;
    }

    private static TaggingServerPort connect(ServerProcess server) throws Exception {
        return SocketAdapter.connect(ClientConfig.of("127.0.0.1", server.address().getPort(), Duration.ofSeconds(10)));
    }

    private static void awaitTrue(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime() < deadline).as(what).isTrue();
            Thread.sleep(20);
        }
    }
}
