package dev.fitt.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fitt.adapters.socket.ClientConfig;
import dev.fitt.adapters.socket.SocketAdapter;
import dev.fitt.client.port.out.TaggingServerPort;
import dev.fitt.domain.AppliedChange;
import dev.fitt.domain.TagChange;
import dev.fitt.domain.TagValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two annotators with different names on a real server process: provenance names each, is kept
 * across a save, a SIGKILL and a restart, and `fitt export --provenance` writes it beside the labels,
 * while the labelled CSV stays exactly the CSV it always was (issue 15).
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class TeamProvenanceEndToEndTest {
    private static final List<TagValue> YES = List.of(TagValue.TRUE, TagValue.FALSE, TagValue.FALSE);
    private static final List<TagValue> NIGHT = List.of(TagValue.FALSE, TagValue.FALSE, TagValue.TRUE);

    @TempDir
    Path dir;

    private static TaggingServerPort connect(ServerProcess server, String annotator) {
        return SocketAdapter.connect(ClientConfig.of("127.0.0.1", server.address().getPort(), Duration.ofSeconds(10))
                .withAnnotator(annotator));
    }

    @Test
    void provenanceNamesEachAnnotatorAndOutlivesASigkill() throws Exception {
        GroupedDataset data = GroupedDataset.write(dir.resolve("data"), 2, 2);
        Path settings = ServerProcess.writeSettings(dir, data, 1000);
        Instant before = Instant.now().minusSeconds(1);
        try (ServerProcess server = ServerProcess.start(settings, dir)) {
            try (TaggingServerPort ana = connect(server, "Ana"); TaggingServerPort ben = connect(server, "Ben")) {
                BlockingQueue<AppliedChange> benSees = new LinkedBlockingQueue<>();
                ben.watchChanges(benSees::add);
                ana.tagIfCurrent(new TagChange(0, 2, YES), ana.fetchVersionedLabels().version()); // frame 0 of clip0
                assertThat(benSees.poll(10, TimeUnit.SECONDS)).extracting(AppliedChange::annotator).isEqualTo("Ana");
                ben.tag(new TagChange(3, 5, NIGHT));                                                // frame 1
                ana.save();
                // A save request is answered at once and saved soon after: wait for both files.
                awaitFile(data.output());
                awaitFile(provenanceOf(data));
                // After the save: only in the journal when the server is killed.
                ben.tag(new TagChange(6, 8, YES));                                                  // clip1 frame 0
            }
            server.kill();
        }
        assertThat(Files.readAllLines(data.output()).get(0)).as("the labelled CSV keeps its columns")
                .isEqualTo(Files.readAllLines(data.dataCsv).get(0));

        try (ServerProcess restarted = ServerProcess.start(settings, dir)) {
            assertThat(restarted.terminate()).isZero();
        }

        Map<Integer, String[]> byFileRow = provenanceFile(provenanceOf(data));
        for (int display = 0; display < 9; display++) {
            String[] line = byFileRow.get(data.fileRow(display));
            assertThat(line).as("display row %d", display).isNotNull();
            assertThat(line[1]).as("labelled_by of display row %d", display).isEqualTo(display < 3 ? "Ana" : "Ben");
            assertThat(Instant.parse(line[2])).isAfter(before).isBefore(Instant.now());
            assertThat(line[3] + line[4]).as("not reviewed").isEmpty();
        }
        assertThat(byFileRow).hasSize(9);
        assertThat(Files.readAllLines(data.output()).get(0)).isEqualTo(Files.readAllLines(data.dataCsv).get(0));

        ServerProcess.Finished export = ServerProcess.run(dir, "export", "--provenance", "--config",
                settings.toString());
        assertThat(export.exitCode()).as(export.output()).isZero();
        List<String> exported = Files.readAllLines(data.saveDir.resolve("drive__labelled__.provenance-export.csv"));
        List<String> labelled = Files.readAllLines(data.output());
        assertThat(exported.get(0)).isEqualTo(labelled.get(0) + ",labelled_by,labelled_at,reviewed_by,review");
        int anasRow = 1 + data.fileRow(0);
        assertThat(exported.get(anasRow)).startsWith(labelled.get(anasRow) + ",Ana,").endsWith(",,");
        int untouched = 1 + data.fileRow(9);
        assertThat(exported.get(untouched)).isEqualTo(labelled.get(untouched) + ",,,,");
        assertThat(exported).hasSameSizeAs(labelled);
    }

    private static Path provenanceOf(GroupedDataset data) {
        return data.output().resolveSibling("drive__labelled__.csv.provenance.csv");
    }

    private static void awaitFile(Path file) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!Files.exists(file) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(file).exists();
    }

    /** {@code row,labelled_by,labelled_at,reviewed_by,review} by row; names here hold no commas or quotes. */
    private static Map<Integer, String[]> provenanceFile(Path file) throws Exception {
        List<String> lines = Files.readAllLines(file);
        assertThat(lines.get(0)).isEqualTo("row,labelled_by,labelled_at,reviewed_by,review");
        Map<Integer, String[]> rows = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split(",", -1);
            rows.put(Integer.parseInt(fields[0]), fields);
        }
        return rows;
    }
}
