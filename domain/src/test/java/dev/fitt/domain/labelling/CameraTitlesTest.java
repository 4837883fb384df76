package dev.fitt.domain.labelling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fitt.domain.Clip;
import java.util.List;
import org.junit.jupiter.api.Test;

class CameraTitlesTest {
    private static final List<Clip> CLIPS = List.of(new Clip(0, 6, 2), new Clip(6, 9, 1), new Clip(9, 10, 1));

    @Test
    void namedCameraIsTitledByItsName() {
        CameraTitles titles = new CameraTitles(CLIPS, List.of(List.of("front", "rear"), List.of("left"), List.of("")));

        assertThat(titles.title(0, 0)).isEqualTo("front");
        assertThat(titles.title(0, 1)).isEqualTo("rear");
        assertThat(titles.title(1, 0)).isEqualTo("left");
    }

    @Test
    void clipOfMixedCamerasHasAnEmptyNameAndIsNumbered() {
        CameraTitles titles = new CameraTitles(CLIPS, List.of(List.of("front", "rear"), List.of("left"), List.of("")));

        assertThat(titles.title(2, 0)).isEqualTo("Camera 1");
    }

    @Test
    void withoutNamesCamerasAreNumberedFromOne() {
        CameraTitles titles = CameraTitles.unnamed(CLIPS);

        assertThat(titles.named()).isFalse();
        assertThat(titles.title(0, 1)).isEqualTo("Camera 2");
    }

    @Test
    void namesForAnotherNumberOfClipsAreNotTrusted() {
        CameraTitles titles = new CameraTitles(CLIPS, List.of(List.of("front", "rear")));

        assertThat(titles.named()).isFalse();
        assertThat(titles.title(0, 0)).isEqualTo("Camera 1");
    }

    @Test
    void clipWhoseNameCountDiffersFromItsCamerasIsNumbered() {
        CameraTitles titles = new CameraTitles(CLIPS, List.of(List.of("front"), List.of("left"), List.of("x")));

        assertThat(titles.title(0, 0)).isEqualTo("Camera 1");
        assertThat(titles.title(1, 0)).isEqualTo("left");
    }

    @Test
    void cameraOutsideTheClipIsRejected() {
        assertThatThrownBy(() -> CameraTitles.unnamed(CLIPS).title(0, 2))
                .isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessage("camera 2 of a clip with 2 cameras");
    }
}
