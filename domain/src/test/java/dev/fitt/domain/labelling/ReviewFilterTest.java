package dev.fitt.domain.labelling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fitt.domain.Review;
import dev.fitt.domain.RowProvenance;
import dev.fitt.domain.TagValue;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReviewFilterTest {
    private static final Instant T = Instant.ofEpochMilli(1_000);
    private static final List<TagValue> FOGGY = List.of(TagValue.FALSE, TagValue.TRUE);
    private static final List<TagValue> NOTHING = List.of(TagValue.FALSE, TagValue.FALSE);

    private static RowProvenance by(String name) {
        return new RowProvenance(name, T, "", Review.NONE);
    }

    @Test
    void everyFrameLabelledBySomeoneElseMatchesTheOpenFilter() {
        ReviewFilter open = ReviewFilter.ANY;
        assertThat(open.matches(List.of(by("Ana")), List.of(NOTHING), "Ben")).isTrue();
        assertThat(open.matches(List.of(by("Ben")), List.of(NOTHING), "Ben")).as("own work").isFalse();
        assertThat(open.matches(List.of(RowProvenance.NONE), List.of(NOTHING), "Ben")).as("unlabelled").isFalse();
        assertThat(open.matches(List.of(by("Ben"), by("Ana")), List.of(NOTHING, NOTHING), "Ben"))
                .as("one camera by another").isTrue();
    }

    @Test
    void filtersByAnnotatorTagAndReview() {
        RowProvenance accepted = new RowProvenance("Ana", T, "Cy", Review.ACCEPTED);
        assertThat(new ReviewFilter("Ana", -1, false).matches(List.of(by("Ana")), List.of(NOTHING), "Ben")).isTrue();
        assertThat(new ReviewFilter("Dan", -1, false).matches(List.of(by("Ana")), List.of(NOTHING), "Ben")).isFalse();
        assertThat(new ReviewFilter("", 1, false).matches(List.of(by("Ana")), List.of(FOGGY), "Ben")).isTrue();
        assertThat(new ReviewFilter("", 1, false).matches(List.of(by("Ana")), List.of(NOTHING), "Ben")).isFalse();
        assertThat(new ReviewFilter("", -1, true).matches(List.of(accepted), List.of(NOTHING), "Ben")).isFalse();
        assertThat(new ReviewFilter("", -1, true).matches(List.of(accepted, by("Ana")), List.of(NOTHING, NOTHING),
                "Ben")).as("one camera not reviewed").isTrue();
        assertThat(new ReviewFilter("", -1, false).matches(List.of(accepted), List.of(NOTHING), "Ben")).isTrue();
    }

    @Test
    void describesItselfForTheStatusBar() {
        assertThat(ReviewFilter.ANY.describe(List.of("Clear", "Foggy"))).isEqualTo("all frames labelled by others");
        assertThat(new ReviewFilter("Ana", 1, true).describe(List.of("Clear", "Foggy")))
                .isEqualTo("by Ana \u00b7 tag Foggy \u00b7 not yet reviewed");
    }

    @Test
    void refusesANegativeTagOtherThanAny() {
        assertThatThrownBy(() -> new ReviewFilter("", -2, false)).hasMessageContaining("tag");
        assertThatThrownBy(() -> new ReviewFilter(null, -1, false)).isInstanceOf(NullPointerException.class);
    }
}
