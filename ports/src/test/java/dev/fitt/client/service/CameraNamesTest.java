package dev.fitt.client.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fitt.client.port.in.LabellingSession;
import dev.fitt.server.service.InProcessTaggingServer;
import dev.fitt.client.port.out.ServerCapabilities;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Camera views are titled with the camera names the server gives, or numbered where it gives none. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class CameraNamesTest {
    private final ClientFixture fixture = new ClientFixture();
    private LabellingSession session;

    @AfterEach
    void closeSession() {
        if (session != null) {
            session.saveAndClose().close(Duration.ofSeconds(5));
        }
    }

    @Test
    void coreNamesEachClipsCamerasInFrameOrder() {
        assertThat(fixture.service.queries().cameraNames()).containsExactly(List.of("front", "rear"), List.of("front"));
    }

    @Test
    void inProcessServerOffersAndGivesTheCoresCameraNames() {
        InProcessTaggingServer server = new InProcessTaggingServer(fixture.service);

        assertThat(server.capabilities().cameraNames()).isTrue();
        assertThat(server.fetchCameraNames()).isEqualTo(fixture.service.queries().cameraNames());
    }

    @Test
    void viewsOfTheCurrentFrameAreTitledWithTheirCameraNames() throws Exception {
        session = ClientFixture.openOn(new InProcessTaggingServer(fixture.service));

        assertThat(session.state().cameraName(0)).isEqualTo("front");
        assertThat(session.state().cameraName(1)).isEqualTo("rear");
    }

    @Test
    void titleFollowsTheClipOfTheCurrentFrame() throws Exception {
        session = ClientFixture.openOn(new InProcessTaggingServer(fixture.service));

        session.navigation().goToFrame(3);

        assertThat(session.state().currentClip().cameras()).isEqualTo(1);
        assertThat(session.state().cameraName(0)).isEqualTo("front");
    }

    @Test
    void v1ServerLeavesTheViewsNumberedFromOne() throws Exception {
        assertThat(fixture.server.capabilities()).isEqualTo(ServerCapabilities.V1_ONLY);
        session = ClientFixture.openOn(fixture.server);

        assertThat(session.state().cameraName(0)).isEqualTo("Camera 1");
        assertThat(session.state().cameraName(1)).isEqualTo("Camera 2");
        assertThat(fixture.server.fetchCameraNames()).isEmpty();
    }
}
