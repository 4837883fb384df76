package dev.fitt.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fitt.adapters.socket.ClientConfig;
import dev.fitt.adapters.socket.SocketAdapter;
import dev.fitt.client.port.in.LabellingSession;
import dev.fitt.client.port.out.TaggingServerPort;
import dev.fitt.client.service.ClientCore;
import dev.fitt.client.service.SessionSettings;
import dev.fitt.domain.Review;
import dev.fitt.domain.RowProvenance;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review round trip through the client core and a real `fitt` server process over loopback:
 * annotator Ana labels frames, reviewer Ben (review mode) accepts one and corrects another, Ana's
 * session shows the correction, and `fitt export --provenance` has both verdicts (issue 15).
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class ReviewEndToEndTest {
    @TempDir
    Path dir;

    private final List<LabellingSession> sessions = new ArrayList<>();

    @AfterEach
    void closeSessions() {
        sessions.forEach(s -> s.saveAndClose().close(Duration.ofSeconds(10)));
    }

    private LabellingSession open(ServerProcess server, String annotator) throws Exception {
        TaggingServerPort port = SocketAdapter.connect(ClientConfig.of("127.0.0.1", server.address().getPort(),
                Duration.ofSeconds(10)).withAnnotator(annotator));
        LabellingSession session = ClientCore.open(port, SessionSettings.of(false, 0), SocketAdapter.teamWork(port));
        sessions.add(session);
        return session;
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 30 s: " + what);
            }
            Thread.sleep(10);
        }
    }

    private static void delivered(LabellingSession session) throws InterruptedException {
        assertThat(session.saveAndClose().awaitDelivery(Duration.ofSeconds(30))).as("delivered").isTrue();
    }

    @Test
    void anAnnotatorSeesTheReviewersCorrectionAndTheExportHasBothVerdicts() throws Exception {
        GroupedDataset data = GroupedDataset.write(dir.resolve("data"), 2, 2);
        Path settings = ServerProcess.writeSettings(dir, data, 1000);
        try (ServerProcess server = ServerProcess.start(settings, dir)) {
            LabellingSession ana = open(server, "Ana");
            ana.choices().chooseTagForFrame(0);          // frame 1 (rows 0-2): Clear Weather, on to frame 2
            ana.choices().chooseTagForFrame(1);          // frame 2 (rows 3-5): Rainy
            delivered(ana);

            LabellingSession ben = open(server, "Ben");
            assertThat(ben.review().offered()).isTrue();
            ben.review().startReviewing("Ben");
            await("Ben's review loaded", ben.review()::loaded);
            assertThat(ben.review().annotators()).containsExactly("Ana");
            assertThat(ben.review().matchingFrames()).isEqualTo(2);
            assertThat(ben.review().goToNextForReview()).isTrue();
            assertThat(ben.navigation().frameNumber()).isEqualTo(1);
            ben.review().acceptFrame();                  // frame 2 accepted, on to frame 1
            assertThat(ben.navigation().frameNumber()).isZero();
            ben.choices().chooseTagForFrame(2);          // frame 1 corrected: Night Time as well
            delivered(ben);

            ana.navigation().goToFrame(0);
            await("Ana's client shows the correction", () -> ana.provenance().ofFrame(0)
                    .map(rows -> rows.stream().allMatch(r -> r.review() == Review.CORRECTED)).orElse(false));
            RowProvenance corrected = ana.provenance().ofFrame(0).orElseThrow().get(0);
            assertThat(corrected.labelledBy()).isEqualTo("Ana");
            assertThat(corrected.reviewedBy()).isEqualTo("Ben");
            assertThat(ana.state().valuesAt(0)).as("Ben's values reached Ana").isEqualTo(ben.state().valuesAt(0));
            ana.navigation().goToFrame(1);
            await("Ana's client shows the accept", () -> ana.provenance().ofFrame(1)
                    .map(rows -> rows.stream().allMatch(r -> r.review() == Review.ACCEPTED)).orElse(false));

            closeSessions();
            sessions.clear();
            assertThat(server.terminate()).isZero();
        }

        ServerProcess.Finished export = ServerProcess.run(dir, "export", "--provenance", "--config",
                settings.toString());
        assertThat(export.exitCode()).as(export.output()).isZero();
        List<String> exported = Files.readAllLines(data.saveDir.resolve("drive__labelled__.provenance-export.csv"));
        List<String> labelled = Files.readAllLines(data.output());
        assertThat(exported.get(0)).isEqualTo(labelled.get(0) + ",labelled_by,labelled_at,reviewed_by,review");
        for (int display = 0; display < 6; display++) {
            int line = 1 + data.fileRow(display);
            assertThat(exported.get(line)).as("display row %d", display).startsWith(labelled.get(line) + ",Ana,")
                    .endsWith(display < 3 ? ",Ben,corrected" : ",Ben,accepted");
        }
        int untouched = 1 + data.fileRow(6);
        assertThat(exported.get(untouched)).isEqualTo(labelled.get(untouched) + ",,,,");
    }
}
