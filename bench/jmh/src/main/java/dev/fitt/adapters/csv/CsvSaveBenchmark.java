package dev.fitt.adapters.csv;

import dev.fitt.domain.LabelsSnapshot;
import dev.fitt.domain.TagValue;
import dev.fitt.ports.DatasetLoadException;
import dev.fitt.ports.SaveFailedException;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Saving labels over a data CSV like the sample's ({@link BenchDataset}): the whole file streamed
 * again, tag cells replaced, forced to disk and renamed into place. {@code cpuPercent} 100 is a
 * save nobody tags beside (recovery, shutdown), 50 the default pace of saves in a session.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CsvSaveBenchmark {
    @Param({"100000", "1000000"})
    public int rows;

    @Param({"100", "50"})
    public int cpuPercent;

    private BenchDataset dataset;
    private CsvDatasetStore store;
    private LabelsSnapshot labels;

    @Setup(Level.Trial)
    public void writeDataset() throws IOException, DatasetLoadException {
        dataset = BenchDataset.write(rows);
        store = dataset.store(cpuPercent);
        byte[] codes = store.load().labels().toCodes();
        // Every 7th cell changed, so a save has real work beside copying.
        for (int cell = 0; cell < codes.length; cell += 7) {
            codes[cell] = TagValue.TRUE.code();
        }
        labels = LabelsSnapshot.of(rows, BenchDataset.TAGS, codes);
    }

    @TearDown(Level.Trial)
    public void deleteDataset() throws IOException {
        dataset.delete();
    }

    @Benchmark
    public void save() throws SaveFailedException {
        store.save(labels);
    }
}
