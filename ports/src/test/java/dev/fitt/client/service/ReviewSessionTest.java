package dev.fitt.client.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fitt.client.port.in.LabellingSession;
import dev.fitt.client.port.in.SessionListener;
import dev.fitt.client.port.out.TaggingServerPort;
import dev.fitt.client.port.out.TeamWorkPort;
import dev.fitt.domain.ImageRows;
import dev.fitt.domain.LabelsSnapshot;
import dev.fitt.domain.Review;
import dev.fitt.domain.RowProvenance;
import dev.fitt.domain.Tag;
import dev.fitt.domain.TagSet;
import dev.fitt.domain.TagValue;
import dev.fitt.domain.labelling.ReviewFilter;
import dev.fitt.ports.ImageContent;
import dev.fitt.server.port.out.StoredDataset;
import dev.fitt.server.service.InProcessTaggingServer;
import dev.fitt.server.service.ServerCore;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Who did what per frame, and the reviewer's pass, over a real in-process server core: Ana
 * labels through her session, Ben reviews through his (team port {@link CoreTeamWork}).
 */
class ReviewSessionTest {
    private final ClientFixture fixture = new ClientFixture();
    private final List<LabellingSession> open = new ArrayList<>();

    @AfterEach
    void close() {
        open.forEach(s -> s.saveAndClose().close(java.time.Duration.ofSeconds(5)));
    }

    private LabellingSession session(TaggingServerPort port, TeamWorkPort team) throws Exception {
        LabellingSession session = ClientCore.open(port, SessionSettings.of(false, 0), duration -> Thread.sleep(1),
                body -> {
                    Thread thread = new Thread(body, "test-review-worker");
                    thread.setDaemon(true);
                    return thread;
                }, team);
        open.add(session);
        return session;
    }

    private LabellingSession as(String name) throws Exception {
        return session(fixture.liveServer(name), new CoreTeamWork(fixture.service, name));
    }

    private RowProvenance onServer(int row) {
        return fixture.service.team().provenance(row, row).get(0);
    }

    /** Ana chooses tag 0 for the whole of frame {@code frame} and waits until the server has it. */
    private static void label(LabellingSession ana, int frame) throws InterruptedException {
        ana.navigation().goToFrame(frame);
        ana.choices().chooseTagForFrame(0);
        ClientFixture.deliver(ana);
    }

    @Test
    void theShownFrameSaysWhoLabelledItFetchedInTheBackground() throws Exception {
        LabellingSession ana = as("Ana");
        label(ana, 1);
        LabellingSession ben = as("Ben");
        assertThat(ben.provenance().offered()).isTrue();

        ben.navigation().goToFrame(1);

        ClientFixture.await("frame 1's provenance", () -> ben.provenance().ofFrame(1).isPresent());
        assertThat(ben.provenance().ofFrame(1).get()).extracting(RowProvenance::labelledBy).containsExactly("Ana", "Ana");
        assertThat(ben.provenance().ofFrame(1).get()).extracting(RowProvenance::review)
                .containsExactly(Review.NONE, Review.NONE);
    }

    @Test
    void aReviewerStepsThroughOthersFramesAcceptsOneAndCorrectsAnotherAndTheAnnotatorSeesTheCorrection()
            throws Exception {
        LabellingSession ana = as("Ana");
        label(ana, 1);
        label(ana, 4);
        LabellingSession ben = as("Ben");
        List<Integer> progress = new CopyOnWriteArrayList<>();
        ben.events().addListener(new SessionListener() {
            @Override
            public void provenanceLoading(int rowsDone, int rowsTotal) {
                progress.add(rowsDone);
            }
        });
        ben.review().startReviewing("Ben");
        ClientFixture.await("whole dataset loaded", ben.review()::loaded);
        assertThat(progress).startsWith(0).endsWith(10);
        assertThat(ben.review().annotators()).containsExactly("Ana");
        assertThat(ben.review().matchingFrames()).isEqualTo(2);

        assertThat(ben.review().goToNextForReview()).isTrue();
        assertThat(ben.navigation().frameNumber()).isEqualTo(1);
        ben.review().acceptFrame();
        assertThat(ben.navigation().frameNumber()).as("moved to the next frame to review").isEqualTo(4);
        ClientFixture.deliver(ben);
        assertThat(onServer(2)).isEqualTo(new RowProvenance("Ana", onServer(2).labelledAt(), "Ben", Review.ACCEPTED));
        assertThat(onServer(3).review()).isEqualTo(Review.ACCEPTED);

        ben.choices().chooseTag(1);
        ClientFixture.deliver(ben);
        RowProvenance corrected = onServer(7);
        assertThat(corrected.labelledBy()).isEqualTo("Ana");
        assertThat(corrected.reviewedBy()).isEqualTo("Ben");
        assertThat(corrected.review()).isEqualTo(Review.CORRECTED);

        ben.review().setFilter(new ReviewFilter("", -1, true));
        ClientFixture.await("Ben's cache has his verdicts", () -> ben.review().matchingFrames() == 0);
        assertThat(ben.review().goToNextForReview()).as("nothing left to review").isFalse();

        ana.navigation().goToFrame(4);
        ClientFixture.await("Ana sees the correction", () -> ana.provenance().ofFrame(4)
                .map(rows -> rows.get(0).review() == Review.CORRECTED).orElse(false));
        assertThat(ana.provenance().ofFrame(4).get().get(0).reviewedBy()).isEqualTo("Ben");
        assertThat(ana.state().valuesAt(7)).contains(TagValue.TRUE);
    }

    @Test
    void aReviewerStartsOnTheFramesNotYetReviewedAndAnAcceptLeavesOneFewerAtOnce() throws Exception {
        LabellingSession ana = as("Ana");
        label(ana, 1);
        label(ana, 4);
        LabellingSession ben = as("Ben");
        ben.review().startReviewing("Ben");
        assertThat(ben.review().filter()).isEqualTo(new ReviewFilter("", -1, true));
        ClientFixture.await("whole dataset loaded", ben.review()::loaded);
        assertThat(ben.review().matchingFrames()).isEqualTo(2);

        assertThat(ben.review().goToNextForReview()).isTrue();
        ben.review().acceptFrame();
        assertThat(ben.review().matchingFrames()).as("known here at once, before the server answers").isEqualTo(1);
    }

    @Test
    void aCorrectionOfOneCameraLeavesTheOtherForAAndAKeepsTheCorrectionOnRecord() throws Exception {
        LabellingSession ana = as("Ana");
        label(ana, 2);                        // rows 4 and 5: two cameras
        LabellingSession ben = as("Ben");
        ben.review().startReviewing("Ben");
        ClientFixture.await("whole dataset loaded", ben.review()::loaded);
        assertThat(ben.review().goToNextForReview()).isTrue();
        assertThat(ben.navigation().frameNumber()).isEqualTo(2);
        ben.navigation().selectCamera(0);
        ben.choices().chooseTag(1);
        ClientFixture.deliver(ben);
        List<Review> verdicts = List.of(onServer(4).review(), onServer(5).review());
        assertThat(verdicts).containsExactlyInAnyOrder(Review.CORRECTED, Review.NONE);
        assertThat(ben.review().matchingFrames()).as("the other camera is not reviewed yet").isEqualTo(1);

        ben.review().acceptFrame();
        ClientFixture.deliver(ben);
        assertThat(List.of(onServer(4).review(), onServer(5).review()))
                .as("A accepts the rest, the correction stays recorded as one")
                .containsExactlyInAnyOrder(Review.CORRECTED, Review.ACCEPTED);
        assertThat(onServer(4).reviewedBy()).isEqualTo("Ben");
        assertThat(onServer(5).reviewedBy()).isEqualTo("Ben");
        assertThat(ben.review().matchingFrames()).isZero();
    }

    @Test
    void aFrameMatchesByTheFilterNotByHowManyOfItsCamerasAreLabelled() throws Exception {
        LabellingSession ana = as("Ana");
        ana.navigation().goToFrame(0);        // rows 0 and 1: Ana labels only the first camera
        ana.navigation().selectCamera(0);
        ana.choices().chooseTag(0);
        ClientFixture.deliver(ana);
        LabellingSession ben = as("Ben");
        label(ben, 2);                        // rows 4 and 5: Ben's own, fully labelled
        ben.review().startReviewing("Ben");
        ClientFixture.await("whole dataset loaded", ben.review()::loaded);

        assertThat(ben.state().isFrameLabelled(0)).isFalse();
        assertThat(ben.review().matches(0)).as("partly labelled by Ana, not reviewed").isTrue();
        assertThat(ben.review().matches(2)).as("Ben's own frame, though fully labelled").isFalse();
        assertThat(ben.review().matches(1)).as("nobody labelled it").isFalse();
        assertThat(ben.review().matchingFrames()).isEqualTo(1);

        ben.navigation().goToFrame(0);
        ben.review().acceptFrame();
        assertThat(ben.review().matches(0)).as("accepted here, before the server answers").isFalse();
        assertThatThrownBy(() -> ben.review().matches(ben.navigation().frameCount()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void undoInReviewModeIsACorrectionToo() throws Exception {
        LabellingSession ana = as("Ana");
        label(ana, 4);
        LabellingSession ben = as("Ben");
        ben.review().startReviewing("Ben");
        ben.navigation().goToFrame(4);
        ben.choices().chooseTag(2);
        assertThat(ben.history().undo()).isTrue();
        ClientFixture.deliver(ben);

        assertThat(onServer(7).labelledBy()).isEqualTo("Ana");
        assertThat(onServer(7).review()).isEqualTo(Review.CORRECTED);
        assertThat(fixture.service.queries().labels().value(7, 0)).isEqualTo(TagValue.TRUE);
        assertThat(fixture.service.queries().labels().value(7, 2)).isEqualTo(TagValue.FALSE);
    }

    @Test
    void anAcceptOfLabelsChangedMeanwhileIsRefusedAndTheLabelsFetchedAgain() throws Exception {
        LabellingSession ana = as("Ana");
        label(ana, 4);
        SwitchableServer bens = fixture.liveServer("Ben");
        LabellingSession ben = session(bens, new CoreTeamWork(fixture.service, "Ben"));
        List<String> refused = new CopyOnWriteArrayList<>();
        ben.events().addListener(new SessionListener() {
            @Override
            public void reviewRefused(int first, int last, String message) {
                refused.add(first + ".." + last + ": " + message);
            }
        });
        ben.review().startReviewing("Ben");
        ClientFixture.await("loaded", ben.review()::loaded);
        bens.holdPushes();
        ana.navigation().goToFrame(4);
        ana.choices().chooseTagForFrame(1);
        ClientFixture.deliver(ana);
        ben.navigation().goToFrame(4);

        ben.review().acceptFrame();
        ClientFixture.deliver(ben);

        assertThat(refused).singleElement().asString().startsWith("7..7: ");
        assertThat(onServer(7).review()).isEqualTo(Review.NONE);
        assertThat(ben.state().valuesAt(7)).as("fetched again").isEqualTo(ana.state().valuesAt(7));
        bens.releasePushes();
    }

    @Test
    void theWholeDatasetIsFetchedInRequestsOfAtMost65536Rows() throws Exception {
        int rows = 70_000;
        String[] clips = new String[rows];
        String[] cameras = new String[rows];
        String[] paths = new String[rows];
        Arrays.fill(clips, "c");
        Arrays.fill(cameras, "front");
        Arrays.setAll(paths, i -> "f" + i + ".jpg");
        ServerCore big = ServerCore.of(new StoredDataset(new TagSet(List.of(new Tag("1", "One", "t1"))),
                new ImageRows(clips, cameras, paths), LabelsSnapshot.unset(rows, 1), "big.csv", "out.csv"),
                labels -> { }, path -> new ImageContent(new byte[] {1}));
        CoreTeamWork team = new CoreTeamWork(big, "Ben");
        LabellingSession ben = session(new SwitchableServer(new InProcessTaggingServer(big, "Ben"), true), team);

        ben.review().startReviewing("Ben");

        ClientFixture.await("loaded", ben.review()::loaded);
        assertThat(team.provenanceRequests).filteredOn(r -> r[1] - r[0] > 1)
                .extracting(r -> r[0] + ".." + r[1]).containsExactly("0..65535", "65536..69999");
    }

    @Test
    void aServerWithoutTeamWorkShowsNothingAndCannotReview() throws Exception {
        LabellingSession plain = session(fixture.liveServer("Cy"), new NoTeamWork());

        assertThat(plain.provenance().offered()).isFalse();
        assertThat(plain.provenance().ofFrame(0)).isEmpty();
        assertThat(plain.review().offered()).isFalse();
        assertThatThrownBy(() -> plain.review().startReviewing("Cy")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("team work");
        assertThatThrownBy(() -> plain.review().acceptFrame()).isInstanceOf(IllegalStateException.class);
    }
}
