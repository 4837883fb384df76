package dev.fitt.adapters.socket.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Refusals are counted per host and reason and summed up once a period, within a bound. */
class RefusalLogTest {
    private static final long MINUTE = 60_000_000_000L;

    @Test
    void refusalsOfAHostAfterTheFirstAreCountedUntilThePeriodEnds() {
        RefusalLog log = new RefusalLog(MINUTE, 0);
        for (int i = 0; i < 1_400; i++) {
            log.refused("10.0.0.1", "wrong access token", i);
        }
        log.refused("10.0.0.2", "wrong access token", 5);

        assertThat(log.pending("10.0.0.1", "wrong access token")).isEqualTo(1_399);
        assertThat(log.pending("10.0.0.2", "wrong access token")).isZero();

        log.flushIfDue(MINUTE + 1);
        assertThat(log.pending("10.0.0.1", "wrong access token")).isZero();
    }

    @Test
    void beyondTheBoundHostsAreCountedTogether() {
        RefusalLog log = new RefusalLog(MINUTE, 0);
        for (int i = 0; i < RefusalLog.MAX_KEYS + 50; i++) {
            log.refused("10.0." + (i / 256) + "." + (i % 256), "limit", 1);
        }
        assertThat(log.pending(RefusalLog.OTHER_HOSTS, "limit")).isEqualTo(50);
    }
}
