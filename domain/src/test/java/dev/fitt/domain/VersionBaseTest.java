package dev.fitt.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class VersionBaseTest {
    private static final long NOW = 1_796_300_000_000_000L;

    @Test
    void aFirstRunStartsAtTheCurrentTimeInMicroseconds() {
        assertThat(VersionBase.following(OptionalLong.empty(), NOW).value()).isEqualTo(NOW);
    }

    @Test
    void aLaterRunStartsAboveEverythingTheEarlierOneCouldIssueEvenWhenTheClockWentBack() {
        VersionBase first = VersionBase.following(OptionalLong.empty(), NOW);

        VersionBase second = VersionBase.following(OptionalLong.of(first.value()), NOW - 3_600_000_000L);

        assertThat(second.value()).isGreaterThan(first.last());
    }

    @Test
    void aLaterRunStartsAtTheClockWhenThatIsHigher() {
        VersionBase second = VersionBase.following(OptionalLong.of(NOW), NOW + 10 * VersionBase.RUN_SPAN);

        assertThat(second.value()).isEqualTo(NOW + 10 * VersionBase.RUN_SPAN);
    }

    @Test
    void aBaseOutsideTheRangeIsRefusedNamingIt() {
        assertThatThrownBy(() -> new VersionBase(-1)).hasMessageContaining("got -1");
        assertThatThrownBy(() -> VersionBase.following(OptionalLong.of(Long.MAX_VALUE), NOW))
                .hasMessageContaining("previous version base " + Long.MAX_VALUE);
    }
}
