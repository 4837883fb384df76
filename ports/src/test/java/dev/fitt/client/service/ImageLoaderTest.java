package dev.fitt.client.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fitt.client.port.in.ImageOutcome;
import dev.fitt.client.port.in.LabellingSession;
import dev.fitt.client.port.in.LoadImagesUseCase;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ImageLoaderTest {
    private final ClientFixture fixture = new ClientFixture();
    private LabellingSession session;

    @AfterEach
    void closeSession() {
        fixture.server.up();
        if (session != null) {
            session.saveAndClose().close(Duration.ofSeconds(5));
        }
    }

    @Test
    void loadsTheBytesOfADisplayIndex() throws Exception {
        session = fixture.open(false, 0);
        ImageOutcome outcome = session.images().image(1);
        assertThat(outcome).isInstanceOf(ImageOutcome.Loaded.class);
        // Display index 1 is the rear camera of frame 0: the server interleaved the grouped rows.
        assertThat(new String(((ImageOutcome.Loaded) outcome).content().bytes(), StandardCharsets.UTF_8))
                .isEqualTo("r0.jpg");
    }

    @Test
    void aFailedImageKeepsTheServersMessageUntilRefreshed() throws Exception {
        session = fixture.open(false, 0);
        LoadImagesUseCase images = session.images();
        ImageOutcome failed = images.image(7);
        assertThat(failed).isEqualTo(new ImageOutcome.Unavailable(7,
                "image 7: cannot read b1-broken.jpg: not a JPEG"));
        fixture.server.down();
        assertThat(images.image(7)).isEqualTo(failed);
        assertThat(images.refresh(7)).isInstanceOf(ImageOutcome.Unreachable.class);
        fixture.server.up();
        assertThat(images.refresh(7)).isEqualTo(failed);
    }

    @Test
    void cachedImagesAreServedWhileTheServerIsDown() throws Exception {
        session = fixture.open(false, 0);
        LoadImagesUseCase images = session.images();
        images.image(6);
        fixture.server.down();
        assertThat(images.image(6)).isInstanceOf(ImageOutcome.Loaded.class);
        assertThat(images.image(8)).isInstanceOf(ImageOutcome.Unreachable.class);
    }

    /** Default plan: the frame, 8 frames ahead (only 3 exist), 2 behind (frames 2 and 1). */
    @Test
    void prefetchSkipsImagesAlreadyCachedOrKnownBroken() throws Exception {
        session = fixture.open(false, 0);
        LoadImagesUseCase images = session.images();
        images.image(6);
        images.image(7);
        assertThat(images.prefetchIndices(3)).containsExactly(8, 9, 4, 5, 2, 3);
    }
}
