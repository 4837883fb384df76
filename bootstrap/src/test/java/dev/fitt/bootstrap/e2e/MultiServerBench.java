package dev.fitt.bootstrap.e2e;

import dev.fitt.adapters.postgres.EmbeddedDatabase;
import dev.fitt.adapters.socket.ClientConfig;
import dev.fitt.adapters.socket.SocketAdapter;
import dev.fitt.client.port.out.TaggingServerPort;
import dev.fitt.domain.TagChange;
import dev.fitt.domain.TagValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Two `fitt server` processes on one embedded PostgreSQL (each a JVM of its own, real sockets):
 * how long an edit made through one server takes to reach a client subscribed on the other (from
 * sending the edit to the push arriving), and durable changes per second with 8 v1 clients, 4 on
 * each server. Not a test: run it with {@code bench/multi-server.sh [EDITS] [SECONDS]}.
 */
public final class MultiServerBench {
    private MultiServerBench() {
    }

    public static void main(String[] args) throws Exception {
        int edits = args.length > 0 ? Math.min(Integer.parseInt(args[0]), 10_000) : 500;
        int seconds = args.length > 1 ? Math.min(Integer.parseInt(args[1]), 120) : 10;
        Path dir = Files.createTempDirectory("fitt-multi-server-bench-");
        try (EmbeddedDatabase postgres = EmbeddedDatabase.startDurable()) {
            // Commits timed as a production server makes them: each waits for the disk.
            System.out.println(postgres.durability());
            TwoServersOnePostgres setup = TwoServersOnePostgres.write(dir, postgres, 100, 10, 10_000);
            try (ServerProcess a = ServerProcess.start(setup.settings, dir);
                 ServerProcess b = ServerProcess.start(setup.settings, dir)) {
                latency(a, a, "a client on A (same server)", setup.data.rows, edits);
                latency(a, b, "a client on B (the other server)", setup.data.rows, edits);
                throughput(a, a, "8 v1 clients, all on A", setup.data.rows, seconds);
                throughput(a, b, "8 v1 clients, 4 on A and 4 on B", setup.data.rows, seconds);
                a.terminate();
                b.terminate();
            }
        } finally {
            // Two servers' save folders and the dataset: ~13 MB a run, left behind before.
            BenchFolders.delete(dir);
        }
    }

    private static void latency(ServerProcess a, ServerProcess b, String watcher, int rows, int edits)
            throws Exception {
        Map<Long, Long> pushedAt = new ConcurrentHashMap<>();
        long[] ack = new long[edits];
        long[] reach = new long[edits];
        try (TaggingServerPort onA = connect(a); TaggingServerPort onB = connect(b);
             AutoCloseable watching = onB.watchChanges(c -> pushedAt.putIfAbsent(c.version(), System.nanoTime()))) {
            List<TagValue> values = List.of(TagValue.TRUE, TagValue.FALSE, TagValue.TRUE);
            for (int i = 0; i < edits + 50; i++) {
                long sent = System.nanoTime();
                long version = onA.tagIfCurrent(TagChange.ofRow(i % rows, values), onA.fetchVersionedLabels().version());
                long acked = System.nanoTime();
                long deadline = acked + TimeUnit.SECONDS.toNanos(5);
                while (!pushedAt.containsKey(version) && System.nanoTime() < deadline) {
                    Thread.onSpinWait();
                }
                Long pushed = pushedAt.get(version);
                if (pushed == null) {
                    throw new IllegalStateException("edit " + version + " never reached the other server's client");
                }
                if (i >= 50) { // the first 50 warm both JVMs up
                    ack[i - 50] = acked - sent;
                    reach[i - 50] = pushed - sent;
                }
                Thread.sleep(5);
            }
        }
        System.out.printf("%d edits through A, one at a time: acknowledged %s; pushed to %s %s%n", edits,
                percentiles(ack), watcher, percentiles(reach));
    }

    private static void throughput(ServerProcess a, ServerProcess b, String clients, int rows, int seconds)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch ready = new CountDownLatch(8);
        long[] until = new long[1];
        List<Future<long[]>> results = new ArrayList<>();
        for (int client = 0; client < 8; client++) {
            ServerProcess server = client % 2 == 0 ? a : b;
            int firstRow = client * (rows / 8);
            results.add(pool.submit(() -> {
                List<Long> latencies = new ArrayList<>();
                try (V1Client v1 = new V1Client(server.address())) {
                    ready.countDown();
                    ready.await();
                    int row = firstRow;
                    while (System.nanoTime() < until[0]) {
                        long sent = System.nanoTime();
                        String error = v1.change(row, row, row % 2 == 0, true, false);
                        if (error != null) {
                            throw new IllegalStateException(error);
                        }
                        latencies.add(System.nanoTime() - sent);
                        row = row + 1 < firstRow + rows / 8 ? row + 1 : firstRow;
                    }
                }
                return latencies.stream().mapToLong(Long::longValue).toArray();
            }));
        }
        until[0] = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds + 2L);
        pool.shutdown();
        long[] all = new long[0];
        for (Future<long[]> result : results) {
            long[] one = result.get(seconds + 60L, TimeUnit.SECONDS);
            long[] joined = Arrays.copyOf(all, all.length + one.length);
            System.arraycopy(one, 0, joined, all.length, one.length);
            all = joined;
        }
        double wall = seconds + 2.0;
        System.out.printf("%s, %d s: %.0f durable changes/s; round trip %s%n", clients, seconds + 2,
                all.length / wall, percentiles(all));
    }

    private static String percentiles(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format("p50 %.2f ms, p99 %.2f ms, max %.2f ms", at(sorted, 0.50), at(sorted, 0.99),
                sorted[sorted.length - 1] / 1e6);
    }

    private static double at(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) (quantile * sorted.length))] / 1e6;
    }

    private static TaggingServerPort connect(ServerProcess server) throws Exception {
        return SocketAdapter.connect(ClientConfig.of("127.0.0.1", server.address().getPort(), Duration.ofSeconds(10)));
    }
}
