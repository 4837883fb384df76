package dev.fitt.adapters.swing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fitt.domain.AssignedClips;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MyClipsWordsTest {
    @Test
    void clipsAreNumberedFromOneAndRunsFoldedIntoRanges() {
        assertThat(MyClipsWords.ranges(List.of(1, 2, 4))).isEqualTo("2\u20133, 5");
        assertThat(MyClipsWords.ranges(List.of(0))).isEqualTo("1");
        assertThat(MyClipsWords.ranges(IntStream.range(0, 12).boxed().toList())).isEqualTo("1\u201312");
    }

    @Test
    void aLongListIsCutShort() {
        assertThat(MyClipsWords.ranges(List.of(0, 2, 4, 6, 8, 10, 12, 14))).isEqualTo("1, 3, 5, 7, 9, 11, \u2026");
    }

    @Test
    void theNoteSaysWhatIsWalkedAndWarnsOutsideYourClips() {
        AssignedClips twelve = new AssignedClips(true, IntStream.range(0, 12).boxed().toList());

        assertThat(MyClipsWords.note(AssignedClips.NONE, false, false, 40)).isEmpty();
        assertThat(MyClipsWords.note(new AssignedClips(true, List.of()), false, false, 40))
                .isEqualTo("No clips are assigned to you: every clip is shown");
        assertThat(MyClipsWords.note(twelve, true, false, 40)).startsWith("Your clips: 12 of 40 (1\u201312)");
        assertThat(MyClipsWords.note(twelve, false, false, 40)).startsWith("All clips");
        assertThat(MyClipsWords.note(twelve, true, true, 40)).contains("Not one of your clips (you have 12: 1\u201312)");
    }
}
