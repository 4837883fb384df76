package dev.fitt.client.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryBackoffTest {
    @Test
    void standardBackoffDoublesFrom100MillisecondsToFiveSeconds() {
        RetryBackoff backoff = RetryBackoff.standard();
        assertThat(backoff.delay(0)).isEqualTo(Duration.ofMillis(100));
        assertThat(backoff.delay(1)).isEqualTo(Duration.ofMillis(200));
        assertThat(backoff.delay(5)).isEqualTo(Duration.ofMillis(3200));
        assertThat(backoff.delay(6)).isEqualTo(Duration.ofSeconds(5));
        assertThat(backoff.delay(1_000)).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void rejectsAMaximumBelowTheInitialDelay() {
        assertThatThrownBy(() -> new RetryBackoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .hasMessage("retry backoff max PT1S is below its initial delay PT2S");
    }
}
