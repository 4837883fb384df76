package dev.fitt.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Drives any protocol v1 server (fitt's or the original Python one) on loopback and reports round
 * trips, throughput, save and reconnect times. Every scenario runs once to warm up (not counted),
 * then {@code runs} times; each figure is the median of the runs, with min and max.
 * The bench CHANGES LABELS and SAVES: point it at a scratch copy of a dataset.
 */
public final class V1Bench {
    /** Fixed seed: two benches of the same server change the same rows in the same order. */
    private static final long SEED = 0x5EED_F177L;
    /** Clients that connect at the same moment and read every label (issue 18: the server must stay up). */
    private static final int TEAM = 16;

    private final BenchConfig config;
    private final Consumer<String> progress;
    private final String only;

    public V1Bench(BenchConfig config, Consumer<String> progress) {
        this(config, "", progress);
    }

    /**
     * Runs only the scenarios whose name contains {@code only} (ignoring case; "" runs all), to
     * re-measure one figure quickly, e.g. "saving".
     */
    public V1Bench(BenchConfig config, String only, Consumer<String> progress) {
        this.config = Objects.requireNonNull(config, "config");
        this.only = Objects.requireNonNull(only, "only").toLowerCase(java.util.Locale.ROOT);
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    public BenchReport run() throws IOException, InterruptedException {
        Target target = Target.discover(config);
        progress.accept("bench: " + config.host() + ":" + config.port() + " serves " + target.rows() + " rows, "
                + target.tags() + " tags");
        SplittableRandom random = new SplittableRandom(SEED);
        Map<String, List<Reading>> byMetric = new LinkedHashMap<>();
        for (Scenario scenario : scenarios()) {
            if (!scenario.name().toLowerCase(java.util.Locale.ROOT).contains(only)) {
                continue;
            }
            progress.accept("bench: " + scenario.name() + " (warm-up + " + config.runs() + " runs)");
            scenario.run(target, random);
            for (int run = 0; run < config.runs(); run++) {
                for (Reading reading : scenario.run(target, random)) {
                    byMetric.computeIfAbsent(reading.metric(), k -> new ArrayList<>()).add(reading);
                }
            }
        }
        List<Figure> figures = new ArrayList<>();
        for (List<Reading> readings : byMetric.values()) {
            Reading first = readings.get(0);
            figures.add(new Figure(first.metric(), first.unit(), readings.stream().map(Reading::value).toList(),
                    first.target()));
        }
        List<String> notes = List.of(config.kind().durabilityNote(),
                "each run lasts at most " + config.runTime().toMillis() + " ms and a bounded number of requests;"
                        + " rows and values are random (fixed seed)",
                "the client (key press to next frame painted) is measured by bench/client-bench.sh");
        return new BenchReport(config.kind().name().toLowerCase(java.util.Locale.ROOT), target.rows(), target.tags(),
                config.runs(), figures, notes);
    }

    private List<Scenario> scenarios() {
        int many = config.clients();
        List<Scenario> scenarios = new ArrayList<>(List.of(new SmallReply(), new ChangeRoundTrip(),
                new ChangeThroughput(1, ""), new ChangeThroughput(many, many == 8 ? ">= 20,000" : ""),
                new ChangeThenSave(), new SaveTime(), new ChangeDuringSave(), new Reconnect(),
                new ImageThroughput(1, ">= 7,500"), new ImageThroughput(many, many == 8 ? ">= 7,000" : ""),
                new LabelsAtOnce(TEAM, false)));
        // Only fitt speaks the extension its own client reads the labels with.
        if (config.kind() == ServerKind.FITT) {
            scenarios.add(new LabelsAtOnce(TEAM, true));
        }
        return scenarios;
    }
}
