package dev.fitt.adapters.socket.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fitt.adapters.socket.RawClient;
import dev.fitt.adapters.socket.RunningServer;
import dev.fitt.adapters.socket.TestDataset;
import dev.fitt.adapters.socket.protocol.Reply;
import dev.fitt.adapters.socket.protocol.Request;
import dev.fitt.adapters.socket.protocol.TeamReply;
import dev.fitt.adapters.socket.protocol.TeamRequest;
import dev.fitt.adapters.socket.protocol.VersionedReply;
import dev.fitt.adapters.socket.protocol.VersionedRequest;
import dev.fitt.adapters.socket.protocol.Wire;
import dev.fitt.domain.AnnotatorStats;
import dev.fitt.domain.Review;
import dev.fitt.domain.RowProvenance;
import dev.fitt.domain.TagValue;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Identity, provenance, review and annotator statistics over real loopback sockets (issue 15). */
@Timeout(60)
class TeamServerTest {
    private static final List<TagValue> TRUE_FALSE_TRUE = List.of(TagValue.TRUE, TagValue.FALSE, TagValue.TRUE);
    private static final List<TagValue> FALSE_TRUE_FALSE = List.of(TagValue.FALSE, TagValue.TRUE, TagValue.FALSE);

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

    private RawClient client() throws java.io.IOException {
        return new RawClient(server.address());
    }

    /** A client that says hello with every capability and identifies as {@code name}. */
    private RawClient annotator(String name) throws Exception {
        RawClient client = client();
        assertThat(client.hello("", Wire.ALL_CAPABILITIES)).isEqualTo(Reply.HelloReply.granted(1, Wire.ALL_CAPABILITIES));
        assertThat(client.send(new TeamRequest.Identify(1, name)).read()).isEqualTo(new TeamReply.Identity(1));
        return client;
    }

    private List<RowProvenance> provenance(RawClient client, int first, int last) throws Exception {
        return ((TeamReply.Provenance) client.send(new TeamRequest.Provenance(50, first, last)).read()).rows();
    }

    @Test
    void everyChangeIsRecordedUnderTheNameOfItsConnection() throws Exception {
        try (RawClient ana = annotator("Ana"); RawClient ben = annotator("Ben"); RawClient v1 = client();
                RawClient unnamed = client()) {
            unnamed.hello("", Wire.ALL_CAPABILITIES);

            ana.send(new VersionedRequest.VersionedChange(2, 0, 0, 0, TRUE_FALSE_TRUE)).read();
            ben.send(new Request.Change(1, 1, List.of(true, true, false))).read();
            v1.send(new Request.Change(2, 2, List.of(true, true, false))).read();
            unnamed.send(new VersionedRequest.VersionedChange(2, 0, 3, 3, TRUE_FALSE_TRUE)).read();

            assertThat(provenance(ana, 0, 4)).extracting(RowProvenance::labelledBy)
                    .containsExactly("Ana", "Ben", "v1@127.0.0.1", "ext@127.0.0.1", "");
            assertThat(provenance(ana, 0, 0).get(0).labelledAt()).isAfter(java.time.Instant.now().minusSeconds(60));
        }
    }

    @Test
    void aTeamSubscriberIsToldWhoMadeAChangeAndAnOlderExtensionClientGetsTheSamePushAsBefore() throws Exception {
        try (RawClient team = annotator("Ben"); RawClient older = client(); RawClient ana = annotator("Ana")) {
            team.send(new VersionedRequest.Subscribe(2)).read();
            older.hello("");
            older.send(new VersionedRequest.Subscribe(2)).read();

            ana.send(new VersionedRequest.VersionedChange(3, 0, 4, 5, TRUE_FALSE_TRUE)).read();

            assertThat(team.read()).isEqualTo(new TeamReply.PushedBy(1, 4, 5, TRUE_FALSE_TRUE, "Ana"));
            assertThat(older.read()).isEqualTo(new VersionedReply.Pushed(1, 4, 5, TRUE_FALSE_TRUE));
        }
    }

    @Test
    void aReviewerAcceptsOneFrameAndCorrectsAnotherAndBothAreRecorded() throws Exception {
        try (RawClient ana = annotator("Ana"); RawClient rita = annotator("Rita")) {
            ana.send(new VersionedRequest.VersionedChange(2, 0, 0, 2, TRUE_FALSE_TRUE)).read();
            ana.send(new VersionedRequest.VersionedChange(3, 1, 3, 5, TRUE_FALSE_TRUE)).read();
            long seen = ((VersionedReply.VersionedLabels) rita.send(new VersionedRequest.VersionedLabels(4)).read()).version();

            assertThat(rita.send(new TeamRequest.Review(5, seen, 0, 2, true, List.of())).read())
                    .isEqualTo(new TeamReply.ReviewOutcome(5, Wire.OK, seen + 1, ""));
            assertThat(rita.send(new TeamRequest.Review(6, seen, 3, 5, false, FALSE_TRUE_FALSE)).read())
                    .isEqualTo(new TeamReply.ReviewOutcome(6, Wire.OK, seen + 2, ""));

            List<RowProvenance> rows = provenance(ana, 0, 5);
            assertThat(rows).extracting(RowProvenance::labelledBy).containsOnly("Ana");
            assertThat(rows).extracting(RowProvenance::reviewedBy).containsOnly("Rita");
            assertThat(rows).extracting(RowProvenance::review).containsExactly(Review.ACCEPTED, Review.ACCEPTED,
                    Review.ACCEPTED, Review.CORRECTED, Review.CORRECTED, Review.CORRECTED);
            assertThat(dataset.service.queries().labels().value(3, 1)).isEqualTo(TagValue.TRUE);
        }
    }

    @Test
    void aVerdictOnRowsChangedSinceTheReviewerLookedIsAConflict() throws Exception {
        try (RawClient ana = annotator("Ana"); RawClient rita = annotator("Rita")) {
            ana.send(new VersionedRequest.VersionedChange(2, 0, 0, 2, TRUE_FALSE_TRUE)).read();

            Reply reply = rita.send(new TeamRequest.Review(5, 0, 0, 2, true, List.of())).read();

            assertThat(reply).isInstanceOf(TeamReply.ReviewOutcome.class);
            assertThat(((TeamReply.ReviewOutcome) reply).status()).isEqualTo(Wire.CONFLICT);
            assertThat(provenance(ana, 0, 0).get(0).review()).isEqualTo(Review.NONE);
        }
    }

    @Test
    void annotatorStatisticsCountTheChangesMade() throws Exception {
        try (RawClient ana = annotator("Ana"); RawClient ben = annotator("Ben")) {
            ana.send(new VersionedRequest.VersionedChange(2, 0, 0, 2, TRUE_FALSE_TRUE)).read();
            ana.send(new Request.Change(3, 5, List.of(true, false, false))).read();
            ana.send(new Request.Change(0, 2, List.of(false, false, false))).read();
            ben.send(new Request.Change(6, 6, List.of(true, false, false))).read();

            List<AnnotatorStats> stats = ((TeamReply.AnnotatorStats) ben.send(new TeamRequest.AnnotatorStats(9)).read())
                    .annotators();

            assertThat(stats).extracting(AnnotatorStats::annotator).containsExactly("Ana", "Ben");
            // Clip "a" shows 4 frames of 3 cameras; rows 0..5 are its first two frames.
            assertThat(stats.get(0)).extracting(AnnotatorStats::changes, AnnotatorStats::frames,
                    AnnotatorStats::framesLastHour).containsExactly(3L, 2, 2);
            assertThat(stats.get(1)).extracting(AnnotatorStats::changes, AnnotatorStats::frames).containsExactly(1L, 1);
        }
    }

    @Test
    void teamRequestsNeedTheCapabilityAndANameIsNotBlank() throws Exception {
        try (RawClient older = client(); RawClient team = client()) {
            older.hello("");
            team.hello("", Wire.ALL_CAPABILITIES);

            assertThat(older.send(new TeamRequest.Identify(1, "Ana")).read()).isInstanceOf(Reply.ExtensionError.class);
            assertThat(older.send(new TeamRequest.Review(2, 0, 0, 0, true, List.of())).read())
                    .extracting(r -> ((TeamReply.ReviewOutcome) r).status()).isEqualTo(Wire.ERROR);
            assertThat(team.send(new TeamRequest.Identify(3, "   ")).read()).isInstanceOf(Reply.ExtensionError.class);
            assertThat(team.send(new TeamRequest.Provenance(4, 0, 70_000)).read()).isInstanceOf(Reply.ExtensionError.class);
            assertThat(older.send(new TeamRequest.HourlyActivity(5)).read()).isInstanceOf(Reply.ExtensionError.class);
            assertThat(team.send(new TeamRequest.HourlyActivity(6)).read()).isInstanceOf(TeamReply.HourlyActivity.class);
        }
    }

    @Test
    void aV1ClientNeverReceivesATeamMessage() throws Exception {
        try (RawClient v1 = client(); RawClient ana = annotator("Ana")) {
            v1.send(new TeamRequest.Identify(1, "Eve"));
            v1.send(new Request.TagList());
            assertThat(v1.read()).isInstanceOf(Reply.TagList.class);
            ana.send(new Request.Change(0, 0, List.of(true, false, false))).read();
            assertThat(provenance(ana, 0, 0).get(0).labelledBy()).isEqualTo("Ana");
        }
    }
}
