package dev.fitt.client.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fitt.client.port.in.LabellingSession;
import dev.fitt.client.port.out.ServerCapabilities;
import dev.fitt.server.service.InProcessTaggingServer;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The session knows each clip by the id the server gives, and by number only where it gives none. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ClipIdsTest {
    private final ClientFixture fixture = new ClientFixture();
    private LabellingSession session;

    @AfterEach
    void closeSession() {
        if (session != null) {
            session.saveAndClose().close(Duration.ofSeconds(5));
        }
    }

    @Test
    void coreGivesEachClipsIdInClipOrder() {
        assertThat(fixture.service.queries().clipIds()).containsExactly("a", "b");
    }

    @Test
    void theSessionKnowsEachClipsIdFromTheServer() throws Exception {
        session = ClientFixture.openOn(new InProcessTaggingServer(fixture.service));

        assertThat(session.state().clipId(0)).contains("a");
        assertThat(session.state().clipId(1)).contains("b");
    }

    @Test
    void aV1ServerGivesNoIdsSoClipsAreKnownByNumberOnly() throws Exception {
        assertThat(fixture.server.capabilities()).isEqualTo(ServerCapabilities.V1_ONLY);
        session = ClientFixture.openOn(fixture.server);

        assertThat(session.state().clipId(0)).isEqualTo(Optional.empty());
        assertThat(fixture.server.fetchClipIds()).isEmpty();
    }
}
