package dev.fitt.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ClipSelectionTest {
    @Test
    void numbersAndRangesAreRead() {
        assertThat(ClipSelection.parseNumbers("1-50, 60,70 - 80")).containsExactly(new ClipSelection.Range(1, 50),
                new ClipSelection.Range(60, 60), new ClipSelection.Range(70, 80));
        assertThat(ClipSelection.parseIds(" walk_1,city 2 ")).containsExactly("walk_1", "city 2");
    }

    @Test
    void badSpecsSayWhatIsWrong() {
        assertThatThrownBy(() -> ClipSelection.parseNumbers("0-3")).hasMessage(
                "\"0-3\": clip numbers start at 1 (as the client shows \"Clip 1 / C\"), got 0");
        assertThatThrownBy(() -> ClipSelection.parseNumbers("5-2")).hasMessage(
                "\"5-2\": a range of clips goes up: 5-2 ends before it starts");
        assertThatThrownBy(() -> ClipSelection.parseNumbers("abc")).hasMessageStartingWith(
                "\"abc\": \"abc\" is not a clip number");
        assertThatThrownBy(() -> ClipSelection.parseNumbers("-3")).hasMessageContaining("is not a clip number");
        assertThatThrownBy(() -> ClipSelection.parseNumbers("1,,2")).hasMessageContaining("has an empty part");
        assertThatThrownBy(() -> ClipSelection.parseNumbers("99999999999")).hasMessageContaining("too large");
        assertThatThrownBy(() -> ClipSelection.parseIds("a,")).hasMessageContaining("has an empty clip id");
    }

    @Test
    void clipIndicesAreDescribedAsTheClientNumbersThemInRanges() {
        assertThat(ClipSelection.describe(List.of(0, 1, 2, 5, 7, 8))).isEqualTo("1-3,6,8-9");
        assertThat(ClipSelection.describe(List.of())).isEmpty();
    }

    @Test
    void assignedClipsAndAssignmentsCheckWhatTheyHold() {
        assertThatThrownBy(() -> new AssignedClips(true, List.of(3, 2))).hasMessageContaining("ascending");
        assertThatThrownBy(() -> new AssignedClips(false, List.of(1))).hasMessageContaining("without assignments");
        assertThatThrownBy(() -> new ClipAssignments(new TreeMap<>(Map.of("", "ana"))))
                .hasMessageContaining("without a clip_id");
        assertThatThrownBy(() -> new ClipAssignments(new TreeMap<>(Map.of("c", " ana"))))
                .hasMessageContaining("an annotator name needs");
        assertThatThrownBy(() -> new DatasetAssignments(2, List.of(new AnnotatorAssignment("ana", List.of(2), 1, 0))))
                .hasMessageContaining("ana holds clip index 2 of a dataset with 2 clips");
        assertThat(new DatasetAssignments(5, List.of(new AnnotatorAssignment("ana", List.of(0, 3), 4, 1)))
                .unassignedClips()).isEqualTo(3);
    }
}
