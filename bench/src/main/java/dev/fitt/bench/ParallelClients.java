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

/** Runs the same loop on several connections at once, started together, and sums what they did. */
final class ParallelClients {
    /** One client's loop: returns {operations, bytes} done before the deadline. */
    interface Loop {
        long[] run(V1Connection connection, SplittableRandom random, long deadline) throws IOException;
    }

    /** Totals over all clients and the wall time from the common start to the last client's end. */
    record Totals(long operations, long bytes, long elapsedNanos) {
        double perSecond(long amount) {
            return amount * 1e9 / elapsedNanos;
        }
    }

    private ParallelClients() {
    }

    static Totals run(Target target, int clients, SplittableRandom random, Loop loop)
            throws IOException, InterruptedException {
        List<V1Connection> connections = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            for (int i = 0; i < clients; i++) {
                connections.add(target.connect());
            }
            CountDownLatch start = new CountDownLatch(1);
            List<Future<long[]>> results = new ArrayList<>();
            long[] startedAt = new long[1];
            for (V1Connection connection : connections) {
                SplittableRandom own = random.split();
                results.add(pool.submit(() -> {
                    start.await();
                    // startedAt is written before the latch opens, so every client sees it.
                    return loop.run(connection, own, startedAt[0] + target.runTimeNanos());
                }));
            }
            startedAt[0] = System.nanoTime();
            start.countDown();
            long operations = 0;
            long bytes = 0;
            long waitLimit = target.runTimeNanos() + TimeUnit.SECONDS.toNanos(60);
            for (Future<long[]> result : results) {
                long[] done = result.get(Math.max(1, waitLimit), TimeUnit.NANOSECONDS);
                operations += done[0];
                bytes += done[1];
            }
            return new Totals(operations, bytes, System.nanoTime() - startedAt[0]);
        } catch (ExecutionException e) {
            throw new IOException("a client failed: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IOException("clients did not finish within the run time and a minute", e);
        } finally {
            pool.shutdownNow();
            for (V1Connection connection : connections) {
                connection.close();
            }
            pool.awaitTermination(10, TimeUnit.SECONDS);
        }
    }
}
