package dev.fitt.adapters.socket.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The turns of token checks per host, on a clock of our own. */
class TokenThrottleTest {
    private static final long MS = TimeUnit.MILLISECONDS.toNanos(1);
    private final TokenThrottle throttle = new TokenThrottle(TimeUnit.SECONDS.toNanos(10));

    @Test
    void aHostWithoutFailuresNeverWaits() {
        for (int i = 0; i < 100; i++) {
            assertThat(throttle.turn("10.0.0.1", i * MS)).isZero();
        }
    }

    @Test
    void eachFailureSpacesTheHostsNextChecksWiderUpToTheLongestStep() {
        long now = 0;
        long previousWait = -1;
        for (int failure = 1; failure <= 12; failure++) {
            long wait = throttle.turn("10.0.0.1", now);
            now += wait;
            throttle.failed("10.0.0.1", now);
            assertThat(wait).isGreaterThanOrEqualTo(previousWait);
            previousWait = wait;
        }
        assertThat(previousWait).isEqualTo(TokenThrottle.MAX_STEP_MILLIS * MS);
    }

    @Test
    void parallelChecksOfAGuessingHostGetTurnsOneAfterAnotherAndTheFarOnesAreNotMade() {
        for (int i = 0; i < 10; i++) {
            throttle.failed("10.0.0.1", 0);
        }
        long checked = 0;
        long refused = 0;
        long lastTurn = -1;
        for (int connection = 0; connection < 256; connection++) {
            long wait = throttle.turn("10.0.0.1", 0);
            if (wait < 0) {
                refused++;
                continue;
            }
            assertThat(wait).isGreaterThan(lastTurn);
            lastTurn = wait;
            checked++;
        }
        // About one check a second within the 10 s longest wait: not 256 at once.
        assertThat(checked).isBetween(9L, 12L);
        assertThat(refused).isEqualTo(256 - checked);
        assertThat(throttle.turn("10.0.0.2", 0)).as("another host").isZero();
    }

    @Test
    void failuresAreForgottenAMinuteAfterTheLast() {
        for (int i = 0; i < 10; i++) {
            throttle.failed("10.0.0.1", 0);
        }
        long later = TimeUnit.SECONDS.toNanos(TokenThrottle.FORGET_SECONDS + 2);
        assertThat(throttle.turn("10.0.0.1", later)).isZero();
        throttle.forgetOld(later);
        assertThat(throttle.hostCount()).isZero();
    }

    @Test
    void manyGuessingHostsStayBounded() {
        for (int i = 0; i < TokenThrottle.MAX_HOSTS + 500; i++) {
            throttle.failed("10.1." + (i / 256) + "." + (i % 256), 0);
        }
        assertThat(throttle.hostCount()).isLessThanOrEqualTo(TokenThrottle.MAX_HOSTS + 1);
        assertThat(throttle.turn("10.9.9.9", 0)).as("a new host shares the entry of the overflow").isPositive();
    }
}
