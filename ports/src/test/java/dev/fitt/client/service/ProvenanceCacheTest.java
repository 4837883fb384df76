package dev.fitt.client.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fitt.domain.Review;
import dev.fitt.domain.RowProvenance;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The order of the session's own verdicts and the server's answers: an answer to a request sent
 * before a verdict must not undo the verdict (the reviewer saw "one fewer" flicker back, and an
 * accept then overwrote the reviewer's own correction).
 */
class ProvenanceCacheTest {
    private static final Instant NOON = Instant.parse("2026-12-03T12:00:00Z");
    private static final RowProvenance BY_ANA = new RowProvenance("Ana", NOON, "", Review.NONE);

    @Test
    void anAnswerAskedForBeforeAnAcceptHereDoesNotUndoIt() {
        ProvenanceCache cache = new ProvenanceCache(2);
        cache.put(0, List.of(BY_ANA, BY_ANA), cache.fetchStarts());
        int askedBefore = cache.fetchStarts();

        cache.reviewedHere(0, 1, "Ben", Review.ACCEPTED);
        cache.put(0, List.of(BY_ANA, BY_ANA), askedBefore);

        assertThat(cache.known(0, 1)).extracting(RowProvenance::review).containsOnly(Review.ACCEPTED);
    }

    @Test
    void anAnswerAskedForAfterAnAcceptButBeforeItsDeliveryDoesNotUndoIt() {
        ProvenanceCache cache = new ProvenanceCache(1);
        cache.put(0, List.of(BY_ANA), cache.fetchStarts());
        cache.reviewedHere(0, 0, "Ben", Review.ACCEPTED);
        int askedBeforeDelivery = cache.fetchStarts();

        cache.takeDelivered(() -> true);
        cache.put(0, List.of(BY_ANA), askedBeforeDelivery);

        assertThat(cache.known(0, 0)).extracting(RowProvenance::review).containsExactly(Review.ACCEPTED);
    }

    @Test
    void anAnswerAskedForAfterDeliveryReplacesTheVerdictShownHere() {
        ProvenanceCache cache = new ProvenanceCache(1);
        cache.put(0, List.of(BY_ANA), cache.fetchStarts());
        cache.reviewedHere(0, 0, "you", Review.CORRECTED);
        assertThat(cache.takeDelivered(() -> true)).hasSize(1);

        RowProvenance server = new RowProvenance("Ana", NOON, "Ben", Review.CORRECTED);
        cache.put(0, List.of(server), cache.fetchStarts());

        assertThat(cache.known(0, 0)).containsExactly(server);
    }

    @Test
    void aCorrectionOfARowNotFetchedYetIsKnownHereAtOnce() {
        ProvenanceCache cache = new ProvenanceCache(3);
        int askedBefore = cache.fetchStarts();

        cache.reviewedHere(1, 1, "Ben", Review.CORRECTED);
        cache.put(0, List.of(BY_ANA, BY_ANA, BY_ANA), askedBefore);

        assertThat(cache.known(0, 2)).extracting(RowProvenance::review)
                .containsExactly(Review.NONE, Review.CORRECTED, Review.NONE);
        assertThat(cache.known(0, 2).get(1).reviewedBy()).isEqualTo("Ben");
    }

    @Test
    void rowsNotWrittenHereTakeEveryAnswer() {
        ProvenanceCache cache = new ProvenanceCache(2);
        int first = cache.fetchStarts();
        cache.reviewedHere(0, 0, "Ben", Review.ACCEPTED);
        cache.put(0, List.of(BY_ANA, BY_ANA), first);

        assertThat(cache.known(1, 1)).containsExactly(BY_ANA);
    }

    @Test
    void newsOfAnEmptyQueueThatCameAfterTheNextEditWasQueuedTakesNoVerdict() {
        ProvenanceCache cache = new ProvenanceCache(1);
        cache.put(0, List.of(BY_ANA), cache.fetchStarts());
        cache.reviewedHere(0, 0, "Ben", Review.CORRECTED);

        assertThat(cache.takeDelivered(() -> false)).as("the correction is still queued").isEmpty();
        cache.put(0, List.of(BY_ANA), cache.fetchStarts());

        assertThat(cache.known(0, 0)).extracting(RowProvenance::review).containsExactly(Review.CORRECTED);
        assertThat(cache.takeDelivered(() -> true)).as("taken once it is delivered").hasSize(1);
    }
}
