package dev.fitt.bootstrap.clientbench;

import dev.fitt.adapters.swing.ClientBenchDataset;
import dev.fitt.bootstrap.settings.ServerSettings;
import dev.fitt.domain.Tag;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The client benchmark's dataset as files a `fitt server` reads: the same JPEGs the in-process
 * mode serves from memory, under {@code images/}, a data CSV (one clip, rows interleaved frame by
 * frame, no labels) and a meta CSV. Saves would go to {@code labelled/}; the bench changes nothing.
 */
record ClientBenchFiles(Path dataCsv, Path metaCsv, Path saveDir) {
    static final String IMAGE_DIR = "images";

    ClientBenchFiles {
        Objects.requireNonNull(dataCsv, "dataCsv");
        Objects.requireNonNull(metaCsv, "metaCsv");
        Objects.requireNonNull(saveDir, "saveDir");
    }

    static ClientBenchFiles write(Path folder, ClientBenchDataset data) throws IOException {
        ClientBenchFiles files = new ClientBenchFiles(folder.resolve("data.csv"), folder.resolve("meta.csv"),
                folder.resolve("labelled"));
        try (Writer csv = Files.newBufferedWriter(files.dataCsv, StandardCharsets.UTF_8)) {
            csv.write("clip_id,modality,file_path");
            for (Tag tag : data.tags().tags()) {
                csv.write("," + tag.column());
            }
            csv.write("\n");
            String emptyLabels = ",".repeat(data.tags().size());
            for (int frame = 0; frame < data.frames(); frame++) {
                for (int camera = 0; camera < ClientBenchDataset.CAMERAS; camera++) {
                    String image = IMAGE_DIR + "/" + ClientBenchDataset.path(frame, camera);
                    Path file = folder.resolve(image);
                    Files.createDirectories(file.getParent());
                    Files.write(file, data.image(ClientBenchDataset.path(frame, camera)));
                    csv.write(ClientBenchDataset.CLIP + "," + ClientBenchDataset.camera(camera) + "," + image
                            + emptyLabels + "\n");
                }
            }
        }
        StringBuilder meta = new StringBuilder("code,alias\n");
        for (Tag tag : data.tags().tags()) {
            meta.append(tag.code()).append(',').append(tag.alias()).append('\n');
        }
        Files.writeString(files.metaCsv, meta, StandardCharsets.UTF_8);
        return files;
    }

    /** Loopback only, on a port the system picks: the bench never listens beyond this machine. */
    ServerSettings settings() {
        return new ServerSettings("127.0.0.1", 0, dataCsv, saveDir, metaCsv, false);
    }
}
