package dev.fitt.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import dev.fitt.adapters.socket.ClientConfig;
import dev.fitt.adapters.socket.SocketAdapter;
import dev.fitt.bootstrap.server.RunningTaggingServer;
import dev.fitt.bootstrap.server.ServerApplication;
import dev.fitt.bootstrap.server.ServerModules;
import dev.fitt.client.port.in.LabellingSession;
import dev.fitt.client.port.in.TeamStatistics;
import dev.fitt.client.port.out.TaggingServerPort;
import dev.fitt.client.service.ClientCore;
import dev.fitt.client.service.SessionSettings;
import dev.fitt.domain.AnnotatorStats;
import dev.fitt.domain.HourlyActivity;
import dev.fitt.domain.labelling.Progress;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The statistics panel's numbers from a real server over TCP: two annotators with different names
 * tag through their sessions, and what each session's statistics say equals the changes they made
 * (issue 15).
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class TeamStatisticsEndToEndTest {
    @TempDir
    Path dir;

    @Test
    void theStatisticsCountEachAnnotatorsChangesAndFramesAndTheDatasetsProgress() throws Exception {
        GroupedDataset data = GroupedDataset.write(dir, 2, 3);  // 2 clips of 3 frames, 3 cameras each
        Instant start = Instant.now().minusSeconds(1);
        try (RunningTaggingServer server = Guice.createInjector(ServerModules.from(data.settings(), dir))
                .getInstance(ServerApplication.class).start()) {
            ClientConfig config = ClientConfig.of("127.0.0.1", server.address().getPort(), Duration.ofSeconds(5));
            LabellingSession ana = open(config.withAnnotator("Ana"));
            LabellingSession ben = open(config.withAnnotator("Ben"));
            try {
                ana.navigation().goToFrame(0);
                ana.choices().chooseTagForFrame(0);          // frame 1, every camera: one change
                ana.navigation().goToFrame(1);
                ana.choices().chooseTagForFrame(2);          // frame 2
                ana.navigation().goToFrame(1);
                ana.choices().chooseTagForFrame(1);          // frame 2 again: a change, not a frame
                ben.navigation().goToFrame(4);
                ben.choices().chooseTag(1);                  // frame 5, one camera of three
                assertThat(ana.saveAndClose().awaitDelivery(Duration.ofSeconds(10))).isTrue();
                assertThat(ben.saveAndClose().awaitDelivery(Duration.ofSeconds(10))).isTrue();

                TeamStatistics stats = ana.statistics().fetch().orElseThrow();

                assertThat(stats.annotators()).extracting(AnnotatorStats::annotator).containsExactly("Ana", "Ben");
                AnnotatorStats a = stats.annotators().get(0);
                AnnotatorStats b = stats.annotators().get(1);
                assertThat(a.changes()).isEqualTo(3);
                assertThat(a.frames()).isEqualTo(2);
                assertThat(a.framesLastHour()).isEqualTo(2);
                assertThat(a.framesLastDay()).isEqualTo(2);
                assertThat(a.lastActive()).isAfter(start);
                assertThat(b.changes()).isEqualTo(1);
                assertThat(b.frames()).isEqualTo(1);
                assertThat(b.reviewedFrames()).isZero();
                assertThat(stats.hours().annotators()).extracting(h -> h.framesPerHour().get(HourlyActivity.HOURS - 1))
                        .containsExactly(2, 1);
                assertThat(stats.hours().annotators()).extracting(HourlyActivity.AnnotatorHours::total)
                        .containsExactly(2, 1);
                assertThat(stats.progress()).as("Ana's two frames are labelled, Ben's has one camera of three")
                        .isEqualTo(new Progress(2, 6));
                assertThat(stats.reviewedFrames()).isZero();
                assertThat(ben.statistics().fetch().orElseThrow().annotators()).as("Ben sees the same")
                        .isEqualTo(stats.annotators());
            } finally {
                ana.saveAndClose().close(Duration.ofSeconds(5));
                ben.saveAndClose().close(Duration.ofSeconds(5));
            }
        }
    }

    private static LabellingSession open(ClientConfig config) throws Exception {
        TaggingServerPort server = SocketAdapter.connect(config);
        return ClientCore.open(server, SessionSettings.of(false, 0), SocketAdapter.teamWork(server));
    }
}
