package dev.fitt.adapters.csv;

import dev.fitt.ports.DatasetLoadException;
import dev.fitt.ports.out.StoredDataset;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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

/** Loading a data CSV like the sample's (3 cameras, 5 tags, grouped by camera, mostly unlabelled). */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CsvLoadBenchmark {
    @Param({"100000", "1000000"})
    public int rows;

    private Path folder;
    private CsvDatasetStore store;

    @Setup(Level.Trial)
    public void writeDataset() throws IOException {
        folder = Files.createTempDirectory("fitt-jmh-csv");
        Path data = folder.resolve("data.csv");
        try (BufferedWriter out = Files.newBufferedWriter(data)) {
            out.write("clip_id,modality,file_path,tag_code_100,tag_code_200,tag_code_300,tag_code_400,tag_code_500\n");
            String[] cameras = {"camera_front", "camera_left", "camera_right"};
            int perClip = 60;
            for (int row = 0; row < rows; row++) {
                int clip = row / perClip;
                int inClip = row % perClip;
                String camera = cameras[inClip / (perClip / 3)];
                out.write(clip + "," + camera + ",images/img_" + String.format("%07d", row) + ".jpg,"
                        + (row % 10 == 0 ? "True,False,False,True,False" : ",,,,") + "\n");
            }
        }
        Path meta = folder.resolve("meta.csv");
        Files.writeString(meta, "code,alias\n100,Rain\n200,Night\n300,Fog\n400,Snow\n500,Tunnel\n");
        store = new CsvDatasetStore(new CsvStoreConfig(data, meta, folder.resolve("out"), false),
                new AtomicMoveCommit());
    }

    @TearDown(Level.Trial)
    public void deleteDataset() throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @Benchmark
    public StoredDataset load() throws DatasetLoadException {
        return store.load();
    }
}
