package dev.fitt.adapters.swing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fitt.domain.Review;
import dev.fitt.domain.RowProvenance;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ProvenanceWordsTest {
    private static final Instant T = Instant.parse("2026-12-03T10:00:00Z");

    @Test
    void namesWhoLabelledAndWhoReviewed() {
        assertThat(ProvenanceWords.of(new RowProvenance("Ana", T, "Ben", Review.ACCEPTED), true))
                .isEqualTo("labelled by Ana \u00b7 accepted by Ben");
        assertThat(ProvenanceWords.of(new RowProvenance("Ana", T, "Ben", Review.CORRECTED), true))
                .isEqualTo("labelled by Ana \u00b7 corrected by Ben");
        assertThat(ProvenanceWords.of(new RowProvenance("Ana", T, "", Review.NONE), true))
                .isEqualTo("labelled by Ana \u00b7 not reviewed");
        assertThat(ProvenanceWords.corrected(new RowProvenance("Ana", T, "Ben", Review.CORRECTED))).isTrue();
    }

    @Test
    void saysWhenNobodyIsNamed() {
        assertThat(ProvenanceWords.of(RowProvenance.NONE, false)).isEqualTo("not labelled yet");
        assertThat(ProvenanceWords.of(RowProvenance.NONE, true)).isEqualTo("labelled before names were recorded");
        assertThat(ProvenanceWords.of(new RowProvenance("", Instant.EPOCH, "Ben", Review.ACCEPTED), true))
                .isEqualTo("accepted by Ben");
        assertThat(ProvenanceWords.tooltip(RowProvenance.NONE, false)).isEqualTo("not labelled yet");
        assertThat(ProvenanceWords.tooltip(new RowProvenance("Ana", T, "", Review.NONE), true))
                .startsWith("labelled by Ana \u00b7 not reviewed (labelled 2026-12-03 ");
    }
}
