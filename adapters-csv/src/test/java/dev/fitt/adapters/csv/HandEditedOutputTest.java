package dev.fitt.adapters.csv;

import static dev.fitt.adapters.csv.CsvLoadTest.README_META;
import static dev.fitt.adapters.csv.CsvLoadTest.README_SAMPLE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fitt.server.port.out.DatasetFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Someone edits the labelled CSV by hand while the server runs: the next save must not silently overwrite it. */
@Timeout(30)
class HandEditedOutputTest {
    @TempDir
    Path dir;

    private CsvDatasetStore store(boolean sameFile) throws IOException {
        Files.writeString(dir.resolve("data.csv"), README_SAMPLE);
        Files.writeString(dir.resolve("meta.csv"), README_META);
        return new CsvDatasetStore(new CsvStoreConfig(dir.resolve("data.csv"), dir.resolve("meta.csv"),
                sameFile ? null : dir.resolve("out"), sameFile), new AtomicMoveCommit());
    }

    private List<Path> conflicts(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".conflict.csv")).sorted().toList();
        }
    }

    @Test
    void aHandEditOfTheLabelledFileIsKeptAsideBeforeTheNextSave() throws Exception {
        CsvDatasetStore store = store(false);
        store.load();
        store.save(DatasetFixture.labels(3, 3, "TFF", ".TT", "FFT"));
        Path labelled = dir.resolve("out").resolve("data__labelled__.csv");
        String handEdited = Files.readString(labelled).replace("img_003.jpg,False,False,True",
                "img_003.jpg,True,True,True");
        Files.writeString(labelled, handEdited);

        store.save(DatasetFixture.labels(3, 3, "FFF", "FFF", "FFF"));

        assertThat(Files.readString(labelled)).contains("img_003.jpg,False,False,False");
        List<Path> kept = conflicts(dir.resolve("out"));
        assertThat(kept).hasSize(1);
        assertThat(kept.get(0).getFileName().toString()).matches("data__labelled__\\.\\d{8}T\\d{6}Z\\.conflict\\.csv");
        assertThat(Files.readString(kept.get(0))).isEqualTo(handEdited);
    }

    @Test
    void aFileChangedToExactlyWhatTheSaveWritesKeepsNothingAside() throws Exception {
        CsvDatasetStore store = store(false);
        store.load();
        store.save(DatasetFixture.labels(3, 3, "TFF", ".TT", "FFT"));
        // Another writer (fitt export from the database, say) wrote the labels this save is about to write.
        CsvDatasetStore other = store(false);
        other.load();
        other.save(DatasetFixture.labels(3, 3, "FFF", "FFF", "FFF"));
        Path labelled = dir.resolve("out").resolve("data__labelled__.csv");
        Files.setLastModifiedTime(labelled, FileTime.fromMillis(Files.getLastModifiedTime(labelled).toMillis() + 5_000));

        store.save(DatasetFixture.labels(3, 3, "FFF", "FFF", "FFF"));

        assertThat(conflicts(dir.resolve("out"))).as("nothing would be lost").isEmpty();
        assertThat(Files.readString(labelled)).contains("img_003.jpg,False,False,False");
    }

    @Test
    void aHandEditOfTheDataFileSavedIntoIsKeptAside() throws Exception {
        CsvDatasetStore store = store(true);
        store.load();
        Path data = dir.resolve("data.csv");
        String handEdited = README_SAMPLE.replace("img_001.jpg,True,False,False", "img_001.jpg,False,False,False");
        Files.writeString(data, handEdited);
        Files.setLastModifiedTime(data, FileTime.fromMillis(Files.getLastModifiedTime(data).toMillis() + 5_000));

        store.save(DatasetFixture.labels(3, 3, "TFF", ".TT", "FFT"));

        assertThat(conflicts(dir)).singleElement().satisfies(kept ->
                assertThat(Files.readString(kept)).isEqualTo(handEdited));
    }

    @Test
    void savesOfAnUntouchedFileKeepNothingAside() throws Exception {
        CsvDatasetStore store = store(false);
        store.load();
        store.save(DatasetFixture.labels(3, 3, "TFF", ".TT", "FFT"));
        store.save(DatasetFixture.labels(3, 3, "FFF", ".TT", "FFT"));
        Path labelled = dir.resolve("out").resolve("data__labelled__.csv");
        // Touched but not changed (a backup tool, say): the fingerprint shows it is what was saved.
        Files.setLastModifiedTime(labelled, FileTime.fromMillis(Files.getLastModifiedTime(labelled).toMillis() + 5_000));
        store.save(DatasetFixture.labels(3, 3, "TTT", ".TT", "FFT"));

        CsvDatasetStore restarted = store(false);
        restarted.load();
        restarted.save(DatasetFixture.labels(3, 3, "TTF", ".TT", "FFT"));

        assertThat(conflicts(dir.resolve("out"))).isEmpty();
        assertThat(conflicts(dir)).isEmpty();
    }

    @Test
    void aLabelledFilePutThereAfterTheLoadIsKeptAside() throws Exception {
        CsvDatasetStore store = store(false);
        store.load();
        Path labelled = Files.createDirectories(dir.resolve("out")).resolve("data__labelled__.csv");
        Files.writeString(labelled, README_SAMPLE);

        store.save(DatasetFixture.labels(3, 3, "TFF", ".TT", "FFT"));

        assertThat(conflicts(dir.resolve("out"))).singleElement().satisfies(kept ->
                assertThat(Files.readString(kept)).isEqualTo(README_SAMPLE));
    }
}
