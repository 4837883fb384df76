package dev.fitt.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Who holds which clip: changed as a whole, checked as a whole, never changed in place. */
class ClipAssignmentsTest {
    private static final ClipAssignments ANA_HOLDS_A = new ClipAssignments(new TreeMap<>(Map.of("a", "ana")));

    @Test
    void withAllGivesEveryNamedClipToTheAnnotatorWhoeverHeldIt() {
        ClipAssignments after = ANA_HOLDS_A.withAll(List.of("a", "b", "c"), "bo");

        assertThat(after.holders()).containsExactlyEntriesOf(new TreeMap<>(Map.of("a", "bo", "b", "bo", "c", "bo")));
        assertThat(ANA_HOLDS_A.holder("a")).as("the one before is left as it was").hasValue("ana");
    }

    @Test
    void withoutAllLeavesTheNamedClipsToNobodyAndIgnoresClipsNobodyHeld() {
        ClipAssignments after = ANA_HOLDS_A.withAll(List.of("b", "c"), "bo").withoutAll(List.of("a", "c", "z"));

        assertThat(after.holders()).containsExactlyEntriesOf(new TreeMap<>(Map.of("b", "bo")));
    }

    @Test
    void aBadNameOrClipIdIsRefusedAndChangesNothing() {
        assertThatThrownBy(() -> ANA_HOLDS_A.withAll(List.of("b"), " bo")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("annotator name");
        assertThatThrownBy(() -> ANA_HOLDS_A.withAll(List.of("b", ""), "bo")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("clip_id");
        assertThat(ANA_HOLDS_A.holders()).containsExactlyEntriesOf(new TreeMap<>(Map.of("a", "ana")));
    }
}
