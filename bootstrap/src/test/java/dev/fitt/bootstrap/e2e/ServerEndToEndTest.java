package dev.fitt.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import dev.fitt.bootstrap.server.RunningTaggingServer;
import dev.fitt.bootstrap.server.ServerApplication;
import dev.fitt.bootstrap.server.ServerModules;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The server as `fitt server` wires it (Guice, CSV store, journal, TCP), driven by raw v1 bytes. */
@Timeout(120)
class ServerEndToEndTest {
    @TempDir
    Path dir;

    private RunningTaggingServer start(GroupedDataset data) throws Exception {
        return Guice.createInjector(ServerModules.from(data.settings(), dir)).getInstance(ServerApplication.class)
                .start();
    }

    private static InetSocketAddress loopback(RunningTaggingServer server) {
        return new InetSocketAddress("127.0.0.1", server.address().getPort());
    }

    @Test
    void aGroupedThreeCameraDatasetIsServedAndSavedWithOnlyTheEditedCellsChanged() throws Exception {
        GroupedDataset data = GroupedDataset.write(dir, 2, 3);
        try (RunningTaggingServer server = start(data); V1Client client = new V1Client(loopback(server))) {
            assertThat(client.tagList()).containsExactly("Clear Weather", "Rainy", "Night Time");

            List<String> labelLines = client.labels().lines().toList();
            assertThat(labelLines.get(0)).isEqualTo("tag_code_100,tag_code_200,tag_code_300");
            assertThat(labelLines).hasSize(data.rows + 1).allMatch(l -> l.startsWith("tag_") || l.equals(",,"));

            List<int[]> clips = client.clips();
            assertThat(clips).hasSize(2);
            assertThat(clips.get(0)).containsExactly(0, 9, 3);
            assertThat(clips.get(1)).containsExactly(9, 18, 3);

            // display 1 is frame 0 of the left camera of clip 0; display 5 is frame 1 of "right": missing
            assertThat(new String((byte[]) client.image(1), StandardCharsets.UTF_8))
                    .isEqualTo("jpeg-bytes-of images/c0_left_0.jpg");
            assertThat((String) client.image(5)).startsWith("ERROR: image not found: images/c0_right_1.jpg");
            assertThat((String) client.image(18))
                    .isEqualTo("ERROR: image index 18 is out of range: the dataset has 18 images (0..17)");

            assertThat(client.change(4, 4, true, false, true)).isNull();
            assertThat(client.change(9, 17, false, true, false)).isNull();
            assertThat(client.change(0, 0, true)).isEqualTo("change has 1 tag values but the dataset has 3 tags");
            assertThat(client.change(17, 18, true, true, true)).isEqualTo("rows 17..18 are outside 0..17");
            assertThat(client.labels().lines().skip(1 + 4).findFirst()).contains("True,False,True");
            assertThat(client.save()).isNull();
        }

        List<String> input = Files.readAllLines(data.dataCsv);
        List<String> saved = Files.readAllLines(data.output());
        assertThat(saved).hasSameSizeAs(input);
        for (int line = 0; line < input.size(); line++) {
            int fileRow = line - 1;
            String expected = input.get(line);
            if (fileRow == data.fileRow(4)) {
                expected = expected.replaceAll(",,,$", ",True,False,True");
            } else if (fileRow >= 9) {
                expected = expected.replaceAll(",,,$", ",False,True,False");
            }
            assertThat(saved.get(line)).as("line %d", line + 1).isEqualTo(expected);
        }
    }

    @Test
    void eightClientsMakingAThousandChangesEachEndWithExactlyTheExpectedFile() throws Exception {
        GroupedDataset data = GroupedDataset.write(dir, 8, 50);
        int clients = 8;
        int changesEach = 1_000;
        int rowsEach = data.rows / clients;
        try (RunningTaggingServer server = start(data)) {
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                done.add(pool.submit(() -> {
                    try (V1Client v1 = new V1Client(loopback(server))) {
                        for (int i = 0; i < changesEach; i++) {
                            int row = client * rowsEach + i % rowsEach;
                            // the last write to each row decides: pattern depends on the pass
                            boolean pass = (i / rowsEach) % 2 == 0;
                            String error = v1.change(row, row, pass, !pass, client % 2 == 0);
                            if (error != null) {
                                throw new AssertionError(error);
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(90, TimeUnit.SECONDS);
            }
            pool.shutdown();
            try (V1Client v1 = new V1Client(loopback(server))) {
                assertThat(v1.save()).isNull();
            }
        }

        List<String> saved = Files.readAllLines(data.output());
        String[] expectedTags = new String[data.rows];
        for (int c = 0; c < clients; c++) {
            for (int i = 0; i < changesEach; i++) {
                boolean pass = (i / rowsEach) % 2 == 0;
                expectedTags[c * rowsEach + i % rowsEach] = cap(pass) + "," + cap(!pass) + "," + cap(c % 2 == 0);
            }
        }
        for (int display = 0; display < data.rows; display++) {
            String line = saved.get(1 + data.fileRow(display));
            assertThat(line).as("display row %d", display).endsWith("\"note, with comma\"," + expectedTags[display]);
        }
    }

    private static void awaitFile(Path file) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!Files.exists(file) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(file).exists();
    }

    private static String cap(boolean value) {
        return value ? "True" : "False";
    }

    @Test
    void aRestartResumesEveryAcknowledgedChange() throws Exception {
        GroupedDataset data = GroupedDataset.write(dir, 1, 2);
        try (RunningTaggingServer server = start(data); V1Client client = new V1Client(loopback(server))) {
            assertThat(client.change(0, 0, true, true, true)).isNull();
            assertThat(client.save()).isNull();
            // The reply comes at once; the CSV follows (the change is durable in the journal already).
            awaitFile(data.output());
            assertThat(client.change(1, 1, false, false, true)).isNull();
            // no save for the second change: it lives in the journal (close() would save it, so
            // simulate a crash by reading what is on disk before close)
            assertThat(Files.readString(data.output())).doesNotContain("False,False,True");
        }
        try (RunningTaggingServer server = start(data); V1Client client = new V1Client(loopback(server))) {
            List<String> lines = client.labels().lines().toList();
            assertThat(lines.get(1)).isEqualTo("True,True,True");
            assertThat(lines.get(2)).isEqualTo("False,False,True");
        }
    }
}
