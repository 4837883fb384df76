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
