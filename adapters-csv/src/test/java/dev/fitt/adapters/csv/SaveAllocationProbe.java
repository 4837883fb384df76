package dev.fitt.adapters.csv;

import dev.fitt.domain.LabelsSnapshot;
import dev.fitt.server.port.out.StoredDataset;
import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Measures, not checks: bytes allocated by one save of a million rows, its time, and the heap a
 * loaded million-row dataset keeps. Not named *Test, so only run on request:
 * {@code mvn -q -pl adapters-csv -am test -Dtest=SaveAllocationProbe -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Timeout(300)
class SaveAllocationProbe {
    private static final int ROWS = 1_000_000;
    private static final String[] CELLS = {"True", "False", ""};

    @TempDir
    Path dir;

    @Test
    void printsAllocationAndTimeOfAMillionRowSave() throws Exception {
        Path data = dir.resolve("big.csv");
        try (BufferedWriter out = Files.newBufferedWriter(data)) {
            out.write("clip_id,modality,file_path,tag_code_1,tag_code_2,tag_code_3,tag_code_4,tag_code_5\n");
            for (int row = 0; row < ROWS; row++) {
                int clip = row / 3_000;
                out.write(clip + ",camera_" + row % 3 + ",images/clip_" + clip + "/frame_" + row + ".jpg");
                for (int tag = 0; tag < 5; tag++) {
                    out.write(',');
                    out.write(CELLS[(row + tag) % CELLS.length]);
                }
                out.write('\n');
            }
        }
        Files.writeString(dir.resolve("meta.csv"), "code,alias\n1,One\n2,Two\n3,Three\n4,Four\n5,Five\n");
        CsvDatasetStore store = new CsvDatasetStore(
                new CsvStoreConfig(data, dir.resolve("meta.csv"), dir.resolve("out"), false), new AtomicMoveCommit());
        long before = usedHeapAfterGc();
        StoredDataset loaded = store.load();
        long after = usedHeapAfterGc();
        System.out.printf("probe: heap kept by the loaded dataset: %.1f MB%n", (after - before) / 1e6);
        LabelsSnapshot labels = loaded.labels();
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        for (int run = 1; run <= 5; run++) {
            long bytes = threads.getThreadAllocatedBytes(thread);
            long start = System.nanoTime();
            store.save(labels);
            long millis = (System.nanoTime() - start) / 1_000_000;
            bytes = threads.getThreadAllocatedBytes(thread) - bytes;
            System.out.printf("probe: save %d: %.1f MB allocated, %d ms%n", run, bytes / 1e6, millis);
        }
        if (loaded.rows().size() != ROWS) {
            throw new AssertionError("loaded " + loaded.rows().size());
        }
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
