package dev.fitt.bench;

import java.io.IOException;
import java.util.List;
import java.util.SplittableRandom;

/** A change followed by a save, timed together: what "durable" costs on a server without a journal. */
final class ChangeThenSave implements Scenario {
    static final int MAX_SAMPLES = 200;

    @Override
    public String name() {
        return "change followed by save";
    }

    @Override
    public List<Reading> run(Target target, SplittableRandom random) throws IOException {
        Latencies latencies = TimedChanges.run(target, random, MAX_SAMPLES, true);
        boolean durable = !target.kind().changeIsDurable();
        String name = durable ? "durable change (change + save)" : "change followed by save";
        return List.of(
                new Reading(name + " p50", "ms", latencies.percentileMillis(50), ""),
                new Reading(name + " p99", "ms", latencies.percentileMillis(99), durable ? "<= 1 ms" : ""),
                new Reading(name + " max", "ms", latencies.maxMillis(), ""),
                new Reading(name + " samples", "count", latencies.count(), ""));
    }
}
