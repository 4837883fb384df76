package dev.fitt.adapters.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fitt.ports.DatasetLoadException;
import dev.fitt.server.port.out.DatasetSourcesPort;
import dev.fitt.server.port.out.DatasetStorage;
import dev.fitt.server.port.out.StoredDataset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder of data CSVs: each with a file_path column is a dataset named after its file. */
class CsvDatasetFolderTest {
    @TempDir
    Path dir;
    private Path data;
    private Path save;

    @BeforeEach
    void files() throws Exception {
        data = Files.createDirectories(dir.resolve("data"));
        save = dir.resolve("out");
        Files.writeString(data.resolve("meta.csv"), CsvLoadTest.README_META);
        Files.writeString(data.resolve("day1.csv"), CsvLoadTest.README_SAMPLE);
        Files.writeString(data.resolve("day2.csv"), "clip_id,file_path,tag_code,label\n7,a.jpg,200,True\n7,b.jpg,200,\n");
        Files.writeString(data.resolve("day3.csv"), "clip_id,modality,file_path,tag_code_100,\n1,front,a.jpg,True,\n");
        Files.writeString(data.resolve("day4.csv"), "file_path,tag_code_900\na.jpg,\n");
        Files.writeString(data.resolve("day4.meta.csv"), "code,alias\n900,Snow\n");
        Files.writeString(data.resolve("notes.csv"), "who,what\nme,nothing\n");
        Files.writeString(data.resolve("day1__labelled__.csv"), CsvLoadTest.README_SAMPLE);
        Files.writeString(data.resolve("readme.txt"), "file_path\n");
    }

    private DatasetSourcesPort folder() {
        return CsvAdapter.datasetFolder(config(), dir);
    }

    private CsvFolderConfig config() {
        return new CsvFolderConfig(data, data.resolve("meta.csv"), save, false, CsvStoreConfig.DEFAULT_SAVE_CPU_PERCENT,
                ImageAccess.underDataFolder());
    }

    @Test
    void everyCsvWithAFilePathColumnIsADatasetNamedAfterItsFile() throws Exception {
        assertThat(folder().names()).containsExactly("day1", "day2", "day3", "day4");
    }

    @Test
    void eachDatasetLoadsWithTheSharedMetaOrItsOwn() throws Exception {
        assertThat(load("day2").tags().aliases()).containsExactly("Rainy");
        assertThat(load("day3").tags().aliases()).containsExactly("Clear Weather");
        assertThat(load("day4").tags().aliases()).containsExactly("Snow");
    }

    @Test
    void eachDatasetSavesBesideItsOwnOutputNamedAfterIt() throws Exception {
        assertThat(CsvAdapter.outputFile(config().dataset("day2"))).isEqualTo(save.resolve("day2__labelled__.csv"));
        DatasetStorage storage = folder().open("day2");
        try {
            storage.store().save(storage.store().load().labels());
        } finally {
            storage.journal().close();
        }
        assertThat(save.resolve("day2__labelled__.csv")).exists();
        assertThat(save.resolve("day1__labelled__.csv")).doesNotExist();
    }

    @Test
    void anUnknownNameIsRefusedNamingTheDatasets() {
        assertThatThrownBy(() -> folder().open("day9")).isInstanceOf(DatasetLoadException.class)
                .hasMessageContaining("day9").hasMessageContaining("day1, day2, day3, day4");
    }

    @Test
    void aFolderWithoutDatasetsSaysWhatItLooksFor() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertThatThrownBy(() -> CsvAdapter.datasetFolder(new CsvFolderConfig(empty, data.resolve("meta.csv"), save,
                false, CsvStoreConfig.DEFAULT_SAVE_CPU_PERCENT, ImageAccess.underDataFolder()), dir).names())
                .hasMessageContaining(empty.toString()).hasMessageContaining("file_path");
    }

    @Test
    void anImageRootThatWentAwayIsALoadFailureNamingTheDatasetThatOpensNoJournal() throws Exception {
        Path images = Files.createDirectories(dir.resolve("images"));
        DatasetSourcesPort folder = CsvAdapter.datasetFolder(new CsvFolderConfig(data, data.resolve("meta.csv"), save,
                false, CsvStoreConfig.DEFAULT_SAVE_CPU_PERCENT, new ImageAccess(images, false)), dir);
        Files.delete(images);

        assertThatThrownBy(() -> folder.open("day2")).isInstanceOf(DatasetLoadException.class)
                .hasMessageContaining("day2").hasMessageContaining("image root " + images);
        assertThat(save.resolve("day2__labelled__.csv.journal.000001")).doesNotExist();
    }

    private StoredDataset load(String name) throws Exception {
        DatasetStorage storage = folder().open(name);
        try {
            return storage.store().load();
        } finally {
            storage.journal().close();
        }
    }
}
