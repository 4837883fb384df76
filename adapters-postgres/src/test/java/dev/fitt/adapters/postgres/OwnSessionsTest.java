package dev.fitt.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class OwnSessionsTest {
    private final AtomicLong now = new AtomicLong(1_000);
    private final OwnSessions own = new OwnSessions(now::get);

    @Test
    void aSessionIsOwnFromItsCommitOnAndOtherSessionsAreNot() {
        own.committing(41);

        assertThat(own.isOwn(41)).isTrue();
        assertThat(own.isOwn(42)).as("another server's session").isFalse();
    }

    @Test
    void sessionsThePoolReplacedOverMonthsAreNotKeptForever() {
        for (int pid = 1; pid <= 100_000; pid++) {
            own.committing(pid);
            now.addAndGet(OwnSessions.REMEMBERED_NANOS / 10); // a new session every 3 s, for three days
        }

        assertThat(own.remembered()).isLessThanOrEqualTo(OwnSessions.FORGET_ABOVE + 1);
        assertThat(own.isOwn(100_000)).as("the latest").isTrue();
    }

    @Test
    void aSessionNotCommittedThroughForAWhileIsForgottenSinceItsPidMayNowBeAnotherServers() {
        own.committing(41);
        now.addAndGet(OwnSessions.REMEMBERED_NANOS - 1);
        assertThat(own.isOwn(41)).isTrue();

        now.addAndGet(1);
        assertThat(own.isOwn(41)).isFalse();

        own.committing(41);
        assertThat(own.isOwn(41)).as("committed through again").isTrue();
    }
}
