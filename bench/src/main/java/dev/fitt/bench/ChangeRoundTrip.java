package dev.fitt.bench;

import java.io.IOException;
import java.util.List;
import java.util.SplittableRandom;

/** One client changes one row at a time, as the original client does on every tag choice. */
final class ChangeRoundTrip implements Scenario {
    static final int MAX_CHANGES = 20_000;

    @Override
    public String name() {
        return "change round trip";
    }

    @Override
    public List<Reading> run(Target target, SplittableRandom random) throws IOException {
        Latencies latencies = TimedChanges.run(target, random, MAX_CHANGES, false);
        boolean durable = target.kind().changeIsDurable();
        String name = durable ? "durable change round trip" : "change round trip, NOT durable";
        String target99 = durable ? "<= 1 ms" : "";
        return List.of(
                new Reading(name + " p50", "ms", latencies.percentileMillis(50), ""),
                new Reading(name + " p95", "ms", latencies.percentileMillis(95), ""),
                new Reading(name + " p99", "ms", latencies.percentileMillis(99), target99),
                new Reading(name + " max", "ms", latencies.maxMillis(), ""));
    }
}
