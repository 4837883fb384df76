package dev.fitt.bench;

import java.util.Objects;

/**
 * One figure of one run, e.g. "change round trip p99" = 0.21 ms.
 *
 * @param target what fitt aims for, e.g. "<= 1 ms", or "" when there is no target
 */
record Reading(String metric, String unit, double value, String target) {
    Reading {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(target, "target");
        if (Double.isNaN(value)) {
            throw new IllegalArgumentException("reading " + metric + " is not a number");
        }
    }
}
