package dev.fitt.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A metric over repeated runs: reported as the median, with the min and max beside it so a noisy
 * figure shows as such.
 *
 * @param values one value per run, in run order
 */
public record Figure(String metric, String unit, List<Double> values, String target) {
    public Figure {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(target, "target");
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("figure " + metric + " has no values");
        }
    }

    public double median() {
        List<Double> sorted = sorted();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    public double min() {
        return sorted().get(0);
    }

    public double max() {
        return sorted().get(values.size() - 1);
    }

    private List<Double> sorted() {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted;
    }
}
