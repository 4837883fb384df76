package dev.fitt.adapters.csv;

import static dev.fitt.adapters.csv.CsvLoadTest.README_META;
import static dev.fitt.adapters.csv.CsvLoadTest.README_SAMPLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fitt.domain.ImageRows;
import dev.fitt.domain.LabelsSnapshot;
import dev.fitt.ports.DatasetLoadException;
import dev.fitt.server.port.out.DatasetFixture;
import dev.fitt.server.port.out.StoredDataset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A restart takes rows and labels from the load cache only while the CSV files they came from are
 * unchanged, and gets exactly what parsing would give; anything wrong with the cache means parsing.
 */
@Timeout(60)
class LoadCacheTest {
    @TempDir
    Path dir;

    private Path data() {
        return dir.resolve("data.csv");
    }

    private Path output() {
        return dir.resolve("out/data__labelled__.csv");
    }

    private Path rowsCache() {
        return dir.resolve("out/data__labelled__.csv.rows.cache");
    }

    private Path labelsCache() {
        return dir.resolve("out/data__labelled__.csv.labels.cache");
    }

    private CsvStoreConfig config() {
        return new CsvStoreConfig(data(), dir.resolve("meta.csv"), dir.resolve("out"), false);
    }

    /** The store as the adapter makes it: with a load cache. */
    private CsvDatasetStore cached() {
        return new CsvDatasetStore(config(), new AtomicMoveCommit(), new FileLoadCache(output()));
    }

    /** The same files parsed, without any cache. */
    private StoredDataset parsed() throws Exception {
        return new CsvDatasetStore(config(), new AtomicMoveCommit()).load();
    }

    /** A first run: writes the dataset, loads it through the cache and saves {@code labels}. */
    private void loadAndSave(String csv, LabelsSnapshot labels) throws Exception {
        writeDataset(csv);
        CsvDatasetStore store = cached();
        store.load();
        store.save(labels);
    }

    private void writeDataset(String csv) throws Exception {
        Files.writeString(data(), csv);
        Files.writeString(dir.resolve("meta.csv"), README_META);
    }

    @Test
    void theFirstLoadParsesAndKeepsTheRowsForTheNext() throws Exception {
        writeDataset(README_SAMPLE);

        StoredDataset first = cached().load();

        assertThat(rowsCache()).exists();
        assertSameDataset(first, parsed());
        assertSameDataset(cached().load(), parsed());
    }

    @Test
    void aRestartTakesTheRowsFromTheCacheWhileTheDataFileIsUnchanged() throws Exception {
        writeDataset(README_SAMPLE);
        cached().load();
        // A cache kept for this very data file but holding other rows shows which one the load used.
        DataFile other = DataFileReader.read(write("other.csv", README_SAMPLE.replace("img_001", "from_the_cache")));
        RowsCacheFile.write(rowsCache(), Fingerprint.of(data()), other);

        assertThat(cached().load().rows().filePath(0)).isEqualTo("images/from_the_cache.jpg");
    }

    @Test
    void aDataFileChangedInPlaceIsParsedAgainEvenAtTheSameSize() throws Exception {
        writeDataset(README_SAMPLE);
        cached().load();
        Files.writeString(data(), README_SAMPLE.replace("images/img_003", "images/img_009"));
        assertThat(Files.size(data())).isEqualTo(README_SAMPLE.length());

        StoredDataset loaded = cached().load();

        assertThat(loaded.rows().filePath(2)).isEqualTo("images/img_009.jpg");
        assertSameDataset(loaded, parsed());
    }

    @Test
    void aRestartAfterASaveTakesTheSavedLabelsFromTheCacheAndTheyEqualTheSavedFile() throws Exception {
        LabelsSnapshot saved = DatasetFixture.labels(3, 3, "T..", "...", "FFF");
        loadAndSave(README_SAMPLE, saved);

        assertThat(labelsCache()).exists();
        StoredDataset restarted = cached().load();

        assertThat(restarted.labels()).isEqualTo(saved);
        assertSameDataset(restarted, parsed());
        assertThat(restarted.source()).isEqualTo(parsed().source());
    }

    @Test
    void aRestartAfterASaveTakesTheLabelsFromTheCacheWhileBothFilesAreUnchanged() throws Exception {
        loadAndSave(README_SAMPLE, DatasetFixture.labels(3, 3, "T..", "...", "FFF"));
        // Labels kept for these very files but other than saved show which ones the load used.
        LabelsCacheFile.write(labelsCache(), Fingerprint.of(data()), Fingerprint.of(output()),
                DatasetFixture.labels(3, 3, "TTT", "TTT", "TTT"));

        assertThat(cached().load().labels()).isEqualTo(DatasetFixture.labels(3, 3, "TTT", "TTT", "TTT"));
    }

    @Test
    void aSavedFileEditedByHandIsParsedAgain() throws Exception {
        loadAndSave(README_SAMPLE, DatasetFixture.labels(3, 3, "T..", "...", "FFF"));
        Files.writeString(output(), Files.readString(output()).replace("img_002.jpg,,,", "img_002.jpg,True,,"));

        StoredDataset restarted = cached().load();

        assertThat(restarted.labels()).isEqualTo(DatasetFixture.labels(3, 3, "T..", "T..", "FFF"));
        assertSameDataset(restarted, parsed());
    }

    @Test
    void aSavedFileForOtherImagesStillStopsTheLoadWhenTheCacheWasKeptForAnother() throws Exception {
        loadAndSave(README_SAMPLE, DatasetFixture.labels(3, 3, "T..", "...", "FFF"));
        Files.writeString(output(), README_SAMPLE.replace("img_002", "img_999"));

        assertThatThrownBy(() -> cached().load()).isInstanceOf(DatasetLoadException.class)
                .hasMessageContaining("line 3 has file_path images/img_999.jpg where data row 2 has");
    }

    @Test
    void damagedCacheFilesAreIgnoredAndTheCsvParsed() throws Exception {
        writeDataset(generated(3_000, new Random(7)));
        CsvDatasetStore store = cached();
        store.load();
        store.save(parsed().labels());
        byte[] rows = Files.readAllBytes(rowsCache());
        byte[] labels = Files.readAllBytes(labelsCache());
        Random random = new Random(11);
        for (int round = 0; round < 40; round++) {
            Files.write(rowsCache(), damaged(rows, random));
            Files.write(labelsCache(), damaged(labels, random));

            assertSameDataset(cached().load(), parsed());
        }
    }

    @Test
    void cacheFilesOfAnotherKindAreIgnored() throws Exception {
        loadAndSave(README_SAMPLE, DatasetFixture.labels(3, 3, "T..", "...", "FFF"));
        Path rows = Files.copy(rowsCache(), dir.resolve("rows.bak"));
        Files.copy(labelsCache(), rowsCache(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(rows, labelsCache(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        assertSameDataset(cached().load(), parsed());
    }

    @Test
    void aCacheThatCannotBeWrittenDoesNotStopTheLoadOrTheSave() throws Exception {
        writeDataset(README_SAMPLE);
        Files.createDirectories(dir.resolve("out/data__labelled__.csv.rows.cache.writing/blocked"));
        Files.createDirectories(dir.resolve("out/data__labelled__.csv.labels.cache.writing/blocked"));
        CsvDatasetStore store = cached();

        assertSameDataset(store.load(), parsed());
        store.save(DatasetFixture.labels(3, 3, "T..", "...", "FFF"));

        assertThat(rowsCache()).doesNotExist();
        assertThat(cached().load().labels()).isEqualTo(DatasetFixture.labels(3, 3, "T..", "...", "FFF"));
    }

    @Test
    void formatBAndUnicodeAndRaggedRowsComeBackFromTheCacheAsParsed() throws Exception {
        writeDataset("clip_id,modality,file_path,tag_code,label\n"
                + "7,cam_é,bilder/straße 1.jpg,200,True\n7,cam_é,\"a,b.jpg\",200,\n8,,c😀.jpg,200,0\n9,x,d.jpg\n");
        cached().load();

        StoredDataset again = cached().load();

        assertSameDataset(again, parsed());
        assertThat(again.rows().filePath(2)).isEqualTo("c😀.jpg");
    }

    @Test
    void manyRowsAcrossBufferBoundariesComeBackAsParsed() throws Exception {
        writeDataset(generated(40_000, new Random(3)));
        CsvDatasetStore store = cached();
        store.load();
        store.save(parsed().labels());

        assertSameDataset(cached().load(), parsed());
    }

    private Path write(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content);
    }

    private static byte[] damaged(byte[] original, Random random) {
        byte[] copy = original.clone();
        switch (random.nextInt(3)) {
            case 0 -> copy[random.nextInt(copy.length)] ^= (byte) (1 + random.nextInt(255));
            case 1 -> copy = java.util.Arrays.copyOf(copy, random.nextInt(copy.length));
            default -> random.nextBytes(copy);
        }
        return copy;
    }

    /** Rows of several clips and cameras, non-ASCII paths, every kind of cell. */
    private static String generated(int rows, Random random) {
        String[] cells = {"True", "False", "", "1", "0", "true"};
        StringBuilder csv = new StringBuilder("clip_id,modality,file_path,tag_code_100,tag_code_200,tag_code_300\n");
        for (int row = 0; row < rows; row++) {
            csv.append("clip").append(row / 30).append(',').append("camera_").append(row % 3).append(',')
                    .append("images/ü").append(random.nextInt(1_000_000)).append("_").append(row).append(".jpg");
            for (int tag = 0; tag < 3; tag++) {
                csv.append(',').append(cells[random.nextInt(cells.length)]);
            }
            csv.append('\n');
        }
        return csv.toString();
    }

    private static void assertSameDataset(StoredDataset actual, StoredDataset expected) {
        assertThat(actual.tags()).isEqualTo(expected.tags());
        assertThat(columns(actual.rows())).isEqualTo(columns(expected.rows()));
        assertThat(actual.labels()).isEqualTo(expected.labels());
        assertThat(actual.target()).isEqualTo(expected.target());
    }

    private static List<List<String>> columns(ImageRows rows) {
        List<List<String>> columns = new ArrayList<>();
        for (int row = 0; row < rows.size(); row++) {
            columns.add(List.of(rows.clipId(row), rows.camera(row), rows.filePath(row)));
        }
        return columns;
    }
}
