package dev.fitt.adapters.csv;

import dev.fitt.ports.DatasetLoadException;
import dev.fitt.server.port.out.StoredDataset;
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

/** Loading a data CSV like the sample's ({@link BenchDataset}), parsing every time (no load cache). */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CsvLoadBenchmark {
    @Param({"100000", "1000000"})
    public int rows;

    private BenchDataset dataset;
    private CsvDatasetStore store;

    @Setup(Level.Trial)
    public void writeDataset() throws IOException {
        dataset = BenchDataset.write(rows);
        store = dataset.store(CsvStoreConfig.DEFAULT_SAVE_CPU_PERCENT);
    }

    @TearDown(Level.Trial)
    public void deleteDataset() throws IOException {
        dataset.delete();
    }

    @Benchmark
    public StoredDataset load() throws DatasetLoadException {
        return store.load();
    }
}
