package dev.fitt.adapters.csv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A data and meta CSV like the sample's (3 cameras, 5 tags, grouped by camera, mostly unlabelled) in a temp folder. */
final class BenchDataset {
    static final int TAGS = 5;

    private final Path folder;

    private BenchDataset(Path folder) {
        this.folder = folder;
    }

    static BenchDataset write(int rows) throws IOException {
        Path folder = Files.createTempDirectory("fitt-jmh-csv");
        try (BufferedWriter out = Files.newBufferedWriter(folder.resolve("data.csv"))) {
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
        Files.writeString(folder.resolve("meta.csv"), "code,alias\n100,Rain\n200,Night\n300,Fog\n400,Snow\n500,Tunnel\n");
        return new BenchDataset(folder);
    }

    Path dataFile() {
        return folder.resolve("data.csv");
    }

    /** A store of this dataset whose saves go to {@code out/} and use {@code saveCpuPercent} of a core. */
    CsvDatasetStore store(int saveCpuPercent) {
        return new CsvDatasetStore(new CsvStoreConfig(folder.resolve("data.csv"), folder.resolve("meta.csv"),
                folder.resolve("out"), false, saveCpuPercent), new AtomicMoveCommit());
    }

    void delete() throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
