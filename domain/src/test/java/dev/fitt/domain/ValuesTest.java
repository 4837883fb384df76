package dev.fitt.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValuesTest {

    @Test
    void clipMustSplitIntoWholeFrames() {
        assertThatThrownBy(() -> new Clip(0, 5, 2)).hasMessageContaining("does not split into frames of 2");
    }

    @Test
    void frameKOfAClipStartsAtBeginPlusKTimesCameras() {
        Clip clip = new Clip(6, 15, 3);

        assertThat(clip.frameCount()).isEqualTo(3);
        assertThat(clip.frame(2)).isEqualTo(new Frame(12, 3));
        assertThat(clip.frame(2).last()).isEqualTo(14);
    }

    @Test
    void tagSetRejectsADuplicateColumn() {
        assertThatThrownBy(() -> new TagSet(List.of(new Tag("1", "a", "c"), new Tag("2", "b", "c"))))
                .hasMessageContaining("tag column c appears twice");
    }

    @Test
    void tagSetNeedsATag() {
        assertThatThrownBy(() -> new TagSet(List.of())).hasMessageContaining("at least one tag");
    }

    @Test
    void changeRangeMustBeOrdered() {
        assertThatThrownBy(() -> new TagChange(3, 2, List.of(TagValue.TRUE)))
                .hasMessageContaining("0 <= first <= last");
    }

    @Test
    void autosaveIsDueAfterNChanges() {
        AutosavePolicy policy = AutosavePolicy.everyChanges(3);

        assertThat(policy.isDue(2, Duration.ofHours(1))).isFalse();
        assertThat(policy.isDue(3, Duration.ZERO)).isTrue();
    }

    @Test
    void autosaveIsDueAfterTheIntervalOnlyWithPendingChanges() {
        AutosavePolicy policy = new AutosavePolicy(0, Duration.ofSeconds(30));

        assertThat(policy.isDue(0, Duration.ofMinutes(5))).isFalse();
        assertThat(policy.isDue(1, Duration.ofSeconds(29))).isFalse();
        assertThat(policy.isDue(1, Duration.ofSeconds(30))).isTrue();
    }

    @Test
    void autosaveRestsFourTimesAsLongAsTheLastSaveTook() {
        AutosavePolicy policy = new AutosavePolicy(1000, Duration.ofSeconds(30));
        Duration lastSaveTook = Duration.ofMillis(500);

        assertThat(policy.isDue(5000, Duration.ofMillis(1999), lastSaveTook)).isFalse();
        assertThat(policy.isDue(5000, Duration.ofMillis(2000), lastSaveTook)).isTrue();
        assertThat(policy.isDue(999, Duration.ofMillis(2000), lastSaveTook)).isFalse();
    }

    @Test
    void neverAutosaveIsNeverDue() {
        assertThat(AutosavePolicy.never().isDue(1_000_000, Duration.ofDays(1))).isFalse();
    }
}
