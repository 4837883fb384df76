package dev.fitt.bench;

import java.io.IOException;
import java.util.List;
import java.util.SplittableRandom;

/** One thing to measure; a run returns its readings and stays within the target's run bounds. */
interface Scenario {
    String name();

    List<Reading> run(Target target, SplittableRandom random) throws IOException, InterruptedException;
}
