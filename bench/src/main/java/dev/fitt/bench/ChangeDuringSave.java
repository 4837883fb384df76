package dev.fitt.bench;

import java.io.IOException;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One client saves in a loop while another measures its changes: does a save stall the editors?
 * Measuring goes on for the run time and at least until one save has finished.
 */
final class ChangeDuringSave implements Scenario {
    static final int MAX_CHANGES = 50_000;
    static final int MAX_SAVES = 1_000;

    @Override
    public String name() {
        return "change while saving";
    }

    @Override
    public List<Reading> run(Target target, SplittableRandom random) throws IOException, InterruptedException {
        Latencies latencies = new Latencies(MAX_CHANGES);
        AtomicInteger saves = new AtomicInteger();
        AtomicReference<IOException> saveFailure = new AtomicReference<>();
        long deadline = target.deadline();
        long hardDeadline = deadline + TimeUnit.SECONDS.toNanos(60);
        try (V1Connection saver = target.connect(); V1Connection editor = target.connect()) {
            Thread saving = new Thread(() -> {
                try {
                    while (saves.get() < MAX_SAVES && !Thread.currentThread().isInterrupted()) {
                        saver.save();
                        saves.incrementAndGet();
                    }
                } catch (IOException e) {
                    if (!Thread.currentThread().isInterrupted()) {
                        saveFailure.set(e);
                    }
                }
            }, "bench-saver");
            saving.setDaemon(true);
            saving.start();
            boolean[] values = target.randomValues(random);
            try {
                do {
                    int row = target.randomRow(random);
                    values[0] = !values[0];
                    long start = System.nanoTime();
                    editor.change(row, row, values);
                    latencies.record(System.nanoTime() - start);
                    long now = System.nanoTime();
                    if (latencies.isFull() || now > hardDeadline || (now > deadline && saves.get() >= 1)) {
                        break;
                    }
                } while (saveFailure.get() == null);
            } finally {
                saving.interrupt();
                saver.close();
                saving.join(TimeUnit.SECONDS.toMillis(60));
            }
        }
        if (saveFailure.get() != null) {
            throw saveFailure.get();
        }
        return List.of(
                new Reading("change round trip while saving p50", "ms", latencies.percentileMillis(50), ""),
                new Reading("change round trip while saving p99", "ms", latencies.percentileMillis(99),
                        "<= 2 ms (1M rows)"),
                new Reading("change round trip while saving max", "ms", latencies.maxMillis(), ""),
                new Reading("saves finished meanwhile", "count", saves.get(), ""));
    }
}
