package dev.fitt.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The durability promise, tried the hard way: a real server process takes a stream of changes
 * and is killed with SIGKILL at random moments, again and again. Every change it acknowledged
 * must be in the CSV at the end, and nothing else may have changed. The CI run kills it
 * {@value #CI_KILLS} times; {@code -Dfitt.kills=200} runs the long version.
 */
class CrashDurabilityTest {
    static final int CI_KILLS = 50;

    @TempDir
    Path dir;

    private static boolean[] valuesOf(int row) {
        return new boolean[] {row % 2 == 0, row % 3 == 0, true};
    }

    private static String cells(boolean[] values) {
        StringBuilder s = new StringBuilder();
        for (boolean v : values) {
            s.append(s.length() == 0 ? "" : ",").append(v ? "True" : "False");
        }
        return s.toString();
    }

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void everyAcknowledgedChangeSurvivesRepeatedSigkill() throws Exception {
        int kills = Integer.getInteger("fitt.kills", CI_KILLS);
        GroupedDataset data = GroupedDataset.write(dir.resolve("data"), 40, 50);
        // Autosave now and then, so kills also land during saves and journal trims.
        Path settings = ServerProcess.writeSettings(dir, data, 97);
        int rowsPerRun = data.rows / kills;
        Set<Integer> acknowledged = new HashSet<>();
        Set<Integer> inDoubt = new HashSet<>();
        Random random = new Random(20261124L);
        ExecutorService sender = Executors.newSingleThreadExecutor();
        try {
            for (int run = 0; run < kills; run++) {
                int firstRow = run * rowsPerRun;
                AtomicInteger next = new AtomicInteger(firstRow);
                try (ServerProcess server = ServerProcess.start(settings, dir)) {
                    Future<?> stream = sender.submit(() -> streamChanges(server, next, firstRow + rowsPerRun,
                            acknowledged));
                    Thread.sleep(5 + random.nextInt(120));
                    server.kill();
                    try {
                        stream.get(30, TimeUnit.SECONDS);
                    } catch (Exception expected) {
                        // the connection died with the server
                    }
                }
                synchronized (acknowledged) {
                    // the change being sent at the kill may or may not have reached the journal
                    if (next.get() < firstRow + rowsPerRun && !acknowledged.contains(next.get())) {
                        inDoubt.add(next.get());
                    }
                }
            }
            try (ServerProcess server = ServerProcess.start(settings, dir)) {
                assertThat(server.terminate()).as("exit code after SIGTERM").isZero();
            }
        } finally {
            sender.shutdownNow();
        }

        assertThat(acknowledged).as("changes acknowledged across all runs").hasSizeGreaterThan(kills);
        List<String> input = Files.readAllLines(data.dataCsv);
        List<String> saved = Files.readAllLines(data.output());
        assertThat(saved).hasSameSizeAs(input);
        assertThat(saved.get(0)).isEqualTo(input.get(0));
        for (int display = 0; display < data.rows; display++) {
            int line = 1 + data.fileRow(display);
            String untouched = input.get(line);
            String changed = untouched.replaceAll(",,,$", "," + cells(valuesOf(display)));
            if (acknowledged.contains(display)) {
                assertThat(saved.get(line)).as("acknowledged row %d", display).isEqualTo(changed);
            } else if (inDoubt.contains(display)) {
                assertThat(saved.get(line)).as("row %d in flight at a kill", display).isIn(untouched, changed);
            } else {
                assertThat(saved.get(line)).as("row %d never changed", display).isEqualTo(untouched);
            }
        }
    }

    private static Void streamChanges(ServerProcess server, AtomicInteger next, int end, Set<Integer> acknowledged)
            throws IOException {
        try (V1Client client = new V1Client(server.address())) {
            while (next.get() < end) {
                int row = next.get();
                String error = client.change(row, row, valuesOf(row));
                if (error != null) {
                    throw new AssertionError("change refused: " + error);
                }
                synchronized (acknowledged) {
                    acknowledged.add(row);
                    next.incrementAndGet();
                }
            }
        }
        return null;
    }
}
