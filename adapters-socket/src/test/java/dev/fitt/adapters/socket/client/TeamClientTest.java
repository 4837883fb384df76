package dev.fitt.adapters.socket.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fitt.adapters.socket.ClientConfig;
import dev.fitt.adapters.socket.RunningServer;
import dev.fitt.adapters.socket.SocketAdapter;
import dev.fitt.adapters.socket.TestDataset;
import dev.fitt.client.port.out.TaggingServerPort;
import dev.fitt.client.port.out.TeamWorkPort;
import dev.fitt.domain.AnnotatorStats;
import dev.fitt.domain.HourlyActivity;
import dev.fitt.domain.Review;
import dev.fitt.domain.RowProvenance;
import dev.fitt.ports.ChangeConflictException;
import dev.fitt.domain.AppliedChange;
import dev.fitt.domain.TagChange;
import dev.fitt.domain.TagValue;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The client adapter tells the server who it is, and hears who made the changes pushed to it. */
@Timeout(60)
class TeamClientTest {
    private static final List<TagValue> TRUE_FALSE_TRUE = List.of(TagValue.TRUE, TagValue.FALSE, TagValue.TRUE);

    private final TestDataset dataset = new TestDataset();
    private RunningServer server;

    @BeforeEach
    void start() throws Exception {
        server = dataset.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private TaggingServerPort connect(String annotator) {
        ClientConfig config = ClientConfig.of("127.0.0.1", server.address().getPort(), Duration.ofSeconds(10));
        return SocketAdapter.connect(annotator == null ? config : config.withAnnotator(annotator));
    }

    @Test
    void aNamedClientsChangesAreRecordedUnderItsNameAndPushedWithIt() throws Exception {
        try (TaggingServerPort ana = connect("Ana"); TaggingServerPort ben = connect("Ben")) {
            BlockingQueue<AppliedChange> seen = new LinkedBlockingQueue<>();
            ben.watchChanges(seen::add);

            ana.tagIfCurrent(new TagChange(3, 5, TRUE_FALSE_TRUE), 0);

            AppliedChange pushed = seen.poll(10, TimeUnit.SECONDS);
            assertThat(pushed).isNotNull();
            assertThat(pushed.annotator()).isEqualTo("Ana");
            assertThat(dataset.service.team().provenance(3, 5)).allSatisfy(p -> assertThat(p.labelledBy())
                    .isEqualTo("Ana"));
        }
    }

    @Test
    void aReviewerAcceptsAndCorrectsThroughTheClientAndStatisticsCountTheChanges() throws Exception {
        try (TaggingServerPort ana = connect("Ana"); TaggingServerPort rita = connect("Rita")) {
            ana.tagIfCurrent(new TagChange(0, 2, TRUE_FALSE_TRUE), 0);
            ana.tagIfCurrent(new TagChange(3, 5, TRUE_FALSE_TRUE), 1);
            TeamWorkPort review = SocketAdapter.teamWork(rita);
            long seen = rita.fetchVersionedLabels().version();

            assertThat(review.offersTeamWork()).isTrue();
            assertThat(review.accept(0, 2, seen)).isEqualTo(seen + 1);
            assertThat(review.correct(new TagChange(3, 5, List.of(TagValue.FALSE, TagValue.TRUE, TagValue.FALSE)),
                    seen)).isEqualTo(seen + 2);
            assertThatThrownBy(() -> review.accept(0, 2, 0)).isInstanceOf(ChangeConflictException.class);

            assertThat(review.fetchProvenance(0, 5)).extracting(RowProvenance::labelledBy, RowProvenance::review)
                    .map(t -> t.toList()).containsExactly(List.of("Ana", Review.ACCEPTED), List.of("Ana", Review.ACCEPTED),
                            List.of("Ana", Review.ACCEPTED), List.of("Ana", Review.CORRECTED),
                            List.of("Ana", Review.CORRECTED), List.of("Ana", Review.CORRECTED));
            assertThat(review.fetchAnnotatorStats()).extracting(AnnotatorStats::annotator, AnnotatorStats::changes,
                    AnnotatorStats::reviewedFrames, AnnotatorStats::correctedFrames, AnnotatorStats::reviews)
                    .map(t -> t.toList()).containsExactly(List.of("Ana", 2L, 2, 1, 0), List.of("Rita", 2L, 0, 0, 2));
        }
    }

    @Test
    void hourlyActivityCountsEachAnnotatorsFramesOfTheLastHourAndTheReviewedFrames() throws Exception {
        try (TaggingServerPort ana = connect("Ana"); TaggingServerPort ben = connect("Ben");
                TaggingServerPort rita = connect("Rita")) {
            ana.tagIfCurrent(new TagChange(0, 2, TRUE_FALSE_TRUE), 0);
            ana.tagIfCurrent(new TagChange(3, 5, TRUE_FALSE_TRUE), 1);
            ben.tag(TagChange.ofRow(6, TRUE_FALSE_TRUE));
            TeamWorkPort team = SocketAdapter.teamWork(rita);
            team.accept(0, 2, rita.fetchVersionedLabels().version());

            HourlyActivity activity = team.fetchHourlyActivity();

            assertThat(activity.annotators()).extracting(HourlyActivity.AnnotatorHours::annotator)
                    .containsExactly("Ana", "Ben");
            assertThat(activity.annotators()).extracting(a -> a.framesPerHour().get(HourlyActivity.HOURS - 1))
                    .as("frames set within the hour, in the newest hour")
                    .containsExactly(dataset.service.team().annotatorStats().get(0).framesLastHour(), 1);
            assertThat(activity.annotators()).extracting(HourlyActivity.AnnotatorHours::total)
                    .containsExactly(dataset.service.team().annotatorStats().get(0).framesLastDay(), 1);
            assertThat(activity.reviewedFrames()).isEqualTo(dataset.service.team().hourlyActivity().reviewedFrames())
                    .isPositive();
        }
    }

    @Test
    void aClientWithoutANameIsKnownByItsAddress() throws Exception {
        try (TaggingServerPort unnamed = connect(null)) {
            unnamed.tag(TagChange.ofRow(0, TRUE_FALSE_TRUE));

            assertThat(dataset.service.team().provenance(0, 0).get(0).labelledBy()).isEqualTo("ext@127.0.0.1");
        }
    }
}
