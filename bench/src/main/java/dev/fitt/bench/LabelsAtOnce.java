package dev.fitt.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A team starting work together: many clients connect at the same moment and each reads all the
 * labels, as a client does on connect (v1 {@code 06}, or hello then {@code 11} like fitt's own
 * client). Every reply is as large as the dataset, so this is what the server's memory must hold.
 */
final class LabelsAtOnce implements Scenario {
    private final int clients;
    private final boolean versioned;

    LabelsAtOnce(int clients, boolean versioned) {
        this.clients = clients;
        this.versioned = versioned;
    }

    @Override
    public String name() {
        return clients + " clients connect at once and read " + (versioned ? "versioned labels (11)" : "labels (06)");
    }

    @Override
    public List<Reading> run(Target target, SplittableRandom random) throws IOException, InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Long>> done = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                done.add(pool.submit(() -> {
                    start.await();
                    try (V1Connection connection = target.connect()) {
                        long bytes = versioned ? connection.helloThenVersionedLabels() : readLabels(connection);
                        return bytes;
                    }
                }));
            }
            long started = System.nanoTime();
            start.countDown();
            long bytes = 0;
            for (Future<Long> client : done) {
                bytes += client.get(target.runTimeNanos() + TimeUnit.SECONDS.toNanos(60), TimeUnit.NANOSECONDS);
            }
            double millis = (System.nanoTime() - started) / 1e6;
            return List.of(new Reading(name() + ": all answered", "ms", millis, "every client answered"),
                    new Reading(name() + ": bytes read", "MB", bytes / 1e6, ""));
        } catch (ExecutionException e) {
            throw new IOException("a client reading labels failed: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IOException("clients reading labels did not finish within the run time and a minute", e);
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    private static long readLabels(V1Connection connection) throws IOException {
        connection.sendSimple(0x06);
        connection.flush();
        return connection.readLabels();
    }
}
