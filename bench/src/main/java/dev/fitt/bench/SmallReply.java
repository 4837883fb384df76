package dev.fitt.bench;

import java.io.IOException;
import java.util.List;
import java.util.SplittableRandom;

/** Tag list (02) round trips: the smallest reply, so mostly the cost of a round trip itself. */
final class SmallReply implements Scenario {
    static final int MAX_REQUESTS = 20_000;

    @Override
    public String name() {
        return "small reply";
    }

    @Override
    public List<Reading> run(Target target, SplittableRandom random) throws IOException {
        Latencies latencies = new Latencies(MAX_REQUESTS);
        long deadline = target.deadline();
        try (V1Connection connection = target.connect()) {
            do {
                long start = System.nanoTime();
                connection.tagList();
                latencies.record(System.nanoTime() - start);
            } while (!latencies.isFull() && System.nanoTime() < deadline);
        }
        return List.of(new Reading("tag list (02) round trip p50", "ms", latencies.percentileMillis(50), ""),
                new Reading("tag list (02) round trip p99", "ms", latencies.percentileMillis(99), "<= 1 ms"));
    }
}
