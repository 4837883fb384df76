package dev.fitt.adapters.csv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fitt.domain.LabelsSnapshot;
import dev.fitt.domain.TagValue;
import dev.fitt.server.port.out.StoredDataset;
import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A million rows (3 cameras, 5 tags) load and save. Times are printed for the record, not
 * asserted: this machine is shared.
 */
@Timeout(120)
class CsvMillionRowsTest {
    private static final int ROWS = 1_000_000;
    private static final int TAGS = 5;
    private static final String[] CELLS = {"True", "False", ""};

    @TempDir
    Path dir;

    private static String cell(int row, int tag) {
        return CELLS[(row + tag) % CELLS.length];
    }

    private Path writeDataFile() throws Exception {
        Path data = dir.resolve("big.csv");
        try (BufferedWriter out = Files.newBufferedWriter(data)) {
            out.write("clip_id,modality,file_path,tag_code_1,tag_code_2,tag_code_3,tag_code_4,tag_code_5\n");
            for (int row = 0; row < ROWS; row++) {
                int clip = row / 3_000;
                out.write(Integer.toString(clip));
                out.write(",camera_");
                out.write(Integer.toString(row % 3));
                out.write(",images/clip_" + clip + "/frame_" + row + ".jpg");
                for (int tag = 0; tag < TAGS; tag++) {
                    out.write(',');
                    out.write(cell(row, tag));
                }
                out.write('\n');
            }
        }
        Files.writeString(dir.resolve("meta.csv"), "code,alias\n1,One\n2,Two\n3,Three\n4,Four\n5,Five\n");
        return data;
    }

    @Test
    void aMillionRowsLoadAndSave() throws Exception {
        Path data = writeDataFile();
        CsvDatasetStore store = new CsvDatasetStore(
                new CsvStoreConfig(data, dir.resolve("meta.csv"), dir.resolve("out"), false), new AtomicMoveCommit());

        long loadStart = System.nanoTime();
        StoredDataset loaded = store.load();
        long loadMillis = (System.nanoTime() - loadStart) / 1_000_000;

        assertThat(loaded.rows().size()).isEqualTo(ROWS);
        assertThat(loaded.tags().aliases()).containsExactly("One", "Two", "Three", "Four", "Five");
        Map<String, Boolean> cameras = new IdentityHashMap<>();
        for (int row = 0; row < ROWS; row++) {
            cameras.put(loaded.rows().camera(row), true);
        }
        assertThat(cameras).as("one shared string per camera").hasSize(3);
        assertThat(loaded.rows().filePath(ROWS - 1)).isEqualTo("images/clip_333/frame_999999.jpg");
        LabelsSnapshot labels = loaded.labels();
        for (int row : new int[] {0, 1, 2, 499_999, ROWS - 1}) {
            for (int tag = 0; tag < TAGS; tag++) {
                TagValue expected = switch (cell(row, tag)) {
                    case "True" -> TagValue.TRUE;
                    case "False" -> TagValue.FALSE;
                    default -> TagValue.UNSET;
                };
                assertThat(labels.value(row, tag)).as("row %d tag %d", row, tag).isEqualTo(expected);
            }
        }

        long saveStart = System.nanoTime();
        store.save(labels);
        long saveMillis = (System.nanoTime() - saveStart) / 1_000_000;

        assertThat(Files.mismatch(data, dir.resolve("out/big__labelled__.csv"))).isEqualTo(-1L);
        System.out.printf("CsvMillionRowsTest: loaded %d rows in %d ms, saved them in %d ms%n", ROWS, loadMillis,
                saveMillis);
    }
}
