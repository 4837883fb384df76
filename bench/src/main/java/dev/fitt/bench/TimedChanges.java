package dev.fitt.bench;

import java.io.IOException;
import java.util.SplittableRandom;

/** One client changing random rows one at a time, each timed until answered (and saved, if asked). */
final class TimedChanges {
    private TimedChanges() {
    }

    /** Bounded by {@code maxSamples} and by the target's run deadline, whichever comes first. */
    static Latencies run(Target target, SplittableRandom random, int maxSamples, boolean saveEach)
            throws IOException {
        Latencies latencies = new Latencies(maxSamples);
        long deadline = target.deadline();
        try (V1Connection connection = target.connect()) {
            do {
                int row = target.randomRow(random);
                boolean[] values = target.randomValues(random);
                long start = System.nanoTime();
                connection.change(row, row, values);
                if (saveEach) {
                    connection.save();
                }
                latencies.record(System.nanoTime() - start);
            } while (!latencies.isFull() && System.nanoTime() < deadline);
        }
        return latencies;
    }
}
