package dev.fitt.client.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fitt.client.port.in.LabellingSession;
import dev.fitt.domain.RowProvenance;
import dev.fitt.domain.TagValue;
import dev.fitt.domain.labelling.ReviewFilter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The review line's count of frames matching the filter, asked at every render: always what a
 * walk over every frame would say, without walking them. Over a real in-process server core: Ana
 * and Cy label, Ben reviews.
 */
class ReviewCountTest {
    /** The fixture's images. */
    private static final int ROWS = 10;
    private static final List<String> ANNOTATORS = List.of("", "Ana", "Cy", "Ben");

    private final ClientFixture fixture = new ClientFixture();
    private final List<LabellingSession> open = new ArrayList<>();

    @AfterEach
    void close() {
        open.forEach(s -> s.saveAndClose().close(Duration.ofSeconds(5)));
    }

    private LabellingSession as(String name) throws Exception {
        LabellingSession session = ClientCore.open(fixture.liveServer(name), SessionSettings.of(false, 0),
                duration -> Thread.sleep(1), body -> {
                    Thread thread = new Thread(body, "test-review-worker");
                    thread.setDaemon(true);
                    return thread;
                }, new CoreTeamWork(fixture.service, name));
        open.add(session);
        return session;
    }

    /** The frames matching the session's filter, judged one by one from what the session shows. */
    private static int walkedCount(LabellingSession session, String reviewer) {
        ReviewFilter filter = session.review().filter();
        int count = 0;
        for (int frame = 0; frame < session.navigation().frameCount(); frame++) {
            Optional<List<RowProvenance>> rows = session.provenance().ofFrame(frame);
            if (rows.isEmpty()) {
                return -1;
            }
            List<List<TagValue>> values = new ArrayList<>();
            for (int row = 0; row < ROWS; row++) {
                if (session.state().frameOfImage(row) == frame) {
                    values.add(session.state().valuesAt(row));
                }
            }
            if (filter.matches(rows.get(), values, reviewer)) {
                count++;
            }
        }
        return count;
    }

    @Test
    void theCountIsAlwaysWhatAWalkOverEveryFrameSaysAfterAcceptsCorrectionsOthersEditsAndFilters()
            throws Exception {
        LabellingSession ana = as("Ana");
        LabellingSession cy = as("Cy");
        LabellingSession ben = as("Ben");
        ana.navigation().goToFrame(1);
        ana.choices().chooseTagForFrame(0);
        ClientFixture.deliver(ana);
        ben.review().startReviewing("Ben");
        ClientFixture.await("whole dataset loaded", ben.review()::loaded);
        Random random = new Random(20261203L);
        int frames = ben.navigation().frameCount();
        List<String> steps = new ArrayList<>();
        for (int step = 0; step < 60; step++) {
            int what = random.nextInt(6);
            int frame = random.nextInt(frames);
            int tag = random.nextInt(ClientFixture.TAGS);
            switch (what) {
                case 0 -> {
                    ben.navigation().goToFrame(frame);
                    ben.review().acceptFrame();
                    steps.add("Ben accepts frame " + frame);
                }
                case 1 -> {
                    ben.navigation().goToFrame(frame);
                    ben.choices().chooseTag(tag);
                    steps.add("Ben corrects frame " + frame + " tag " + tag);
                }
                case 2 -> {
                    LabellingSession other = random.nextBoolean() ? ana : cy;
                    other.navigation().goToFrame(frame);
                    other.choices().chooseTagForFrame(tag);
                    ClientFixture.deliver(other);
                    steps.add("another labels frame " + frame + " tag " + tag);
                }
                case 3 -> {
                    ben.history().undo();
                    steps.add("Ben undoes");
                }
                case 4 -> {
                    if (ben.review().goToNextForReview()) {
                        ben.review().acceptFrame();
                    }
                    steps.add("Ben accepts the next frame to review");
                }
                default -> {
                    ReviewFilter filter = new ReviewFilter(ANNOTATORS.get(random.nextInt(ANNOTATORS.size())),
                            random.nextInt(ClientFixture.TAGS + 1) - 1, random.nextBoolean());
                    ben.review().setFilter(filter);
                    steps.add("Ben filters " + filter);
                }
            }
            if (random.nextInt(3) == 0) {
                ClientFixture.deliver(ben);
            }
            ClientFixture.await("the count is a walk's after " + steps,
                    () -> ben.review().matchingFrames() == walkedCount(ben, "Ben"));
        }
        ClientFixture.deliver(ben);
        ClientFixture.await("the count is a walk's once everything is delivered",
                () -> ben.review().matchingFrames() == walkedCount(ben, "Ben"));
    }

    @Test
    void askingTheCountAgainAndAgainJudgesNoFrame() throws Exception {
        LabellingSession ana = as("Ana");
        ana.navigation().goToFrame(1);
        ana.choices().chooseTagForFrame(0);
        ana.navigation().goToFrame(4);
        ana.choices().chooseTagForFrame(0);
        ClientFixture.deliver(ana);
        LabellingSession ben = as("Ben");
        ReviewService review = (ReviewService) ben.review();
        review.startReviewing("Ben");
        ClientFixture.await("whole dataset loaded", review::loaded);
        assertThat(review.matchingFrames()).isEqualTo(2);
        int frames = ben.navigation().frameCount();
        long before = review.filterEvaluations();

        for (int render = 0; render < 1_000; render++) {
            assertThat(review.matchingFrames()).isEqualTo(2);
        }

        assertThat(review.filterEvaluations() - before).as("frames judged for 1000 counts (one walk judges %d)",
                frames).isLessThan(frames);
    }

    @Test
    void goingToTheNextFrameForReviewJudgesOnlyTheFrameItStopsOn() throws Exception {
        LabellingSession ana = as("Ana");
        for (int frame : new int[] {1, 4}) {
            ana.navigation().goToFrame(frame);
            ana.choices().chooseTagForFrame(0);
        }
        ClientFixture.deliver(ana);
        LabellingSession ben = as("Ben");
        ReviewService review = (ReviewService) ben.review();
        review.startReviewing("Ben");
        ClientFixture.await("whole dataset loaded", review::loaded);
        review.matchingFrames();
        ben.navigation().goToFrame(0);

        long before = review.filterEvaluations();
        assertThat(review.goToNextForReview()).isTrue();
        assertThat(ben.navigation().frameNumber()).isEqualTo(1);
        review.acceptFrame();
        assertThat(ben.navigation().frameNumber()).as("A goes on to the next frame left").isEqualTo(4);
        review.acceptFrame();
        assertThat(ben.navigation().frameNumber()).as("none left: A stays").isEqualTo(4);
        assertThat(review.goToNextForReview()).isFalse();

        assertThat(review.filterEvaluations() - before)
                .as("frames judged by two steps, two accepts and a search with none left (a walk judges %d)",
                        ben.navigation().frameCount())
                .isLessThanOrEqualTo(8);
    }
}
