package dev.fitt.bench;

import java.io.IOException;
import java.util.List;
import java.util.SplittableRandom;

/** One save after one change (so there is something to save), timed alone. */
final class SaveTime implements Scenario {
    @Override
    public String name() {
        return "save time";
    }

    @Override
    public List<Reading> run(Target target, SplittableRandom random) throws IOException {
        try (V1Connection connection = target.connect()) {
            int row = target.randomRow(random);
            connection.change(row, row, target.randomValues(random));
            long start = System.nanoTime();
            connection.save();
            return List.of(new Reading("save time", "ms", (System.nanoTime() - start) / 1e6, ""));
        }
    }
}
