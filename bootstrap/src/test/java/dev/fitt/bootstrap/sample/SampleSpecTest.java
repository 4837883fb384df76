package dev.fitt.bootstrap.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SampleSpecTest {

    private static final Path OUT = Path.of("out");

    @Test
    void defaultsGiveThreeCamerasFiveTagsTwentyFramesPerClipAndAPoolOfSixty() {
        SampleSpec spec = SampleSpec.withDefaults(OUT, 1_000_000, null, null, null, null);

        assertThat(spec.cameras()).containsExactly("camera_front", "camera_left", "camera_right");
        assertThat(spec.tags()).isEqualTo(5);
        assertThat(spec.clips()).isEqualTo(1_000_000 / 60);
        assertThat(spec.imagePool()).isEqualTo(60);
    }

    @Test
    void smallDatasetsGetOneClipAndOneImagePerRow() {
        SampleSpec spec = SampleSpec.withDefaults(OUT, 10, null, null, null, null);

        assertThat(spec.clips()).isEqualTo(1);
        assertThat(spec.imagePool()).isEqualTo(10);
        assertThat(spec.imagesToDraw()).isEqualTo(10);
    }

    @Test
    void aPoolLargerThanTheRowsDrawsOnlyOneImagePerRow() {
        assertThat(new SampleSpec(OUT, 5, List.of("c"), 1, 100, 1).imagesToDraw()).isEqualTo(5);
    }

    @Test
    void moreClipsThanFramesIsRejectedNamingTheOption() {
        assertThatThrownBy(() -> new SampleSpec(OUT, 30, List.of("a", "b", "c"), 5, 10, 11))
                .hasMessage("--clips must be between 1 and 10 (30 rows over 3 cameras), got 11");
    }

    @Test
    void badOptionsAreRejectedNamingTheOption() {
        assertThatThrownBy(() -> new SampleSpec(OUT, 0, List.of("a"), 5, 1, 1)).hasMessageStartingWith("--rows");
        assertThatThrownBy(() -> new SampleSpec(OUT, 5, List.of("a"), 0, 1, 1)).hasMessageStartingWith("--tags");
        assertThatThrownBy(() -> new SampleSpec(OUT, 5, List.of("a"), 1, 0, 1))
                .hasMessageStartingWith("--image-pool");
        assertThatThrownBy(() -> new SampleSpec(OUT, 5, List.of("a", "a"), 1, 1, 1))
                .hasMessage("--cameras lists a camera twice: a,a");
        assertThatThrownBy(() -> new SampleSpec(OUT, 5, List.of("a\"b"), 1, 1, 1))
                .hasMessageContaining("--cameras: \"a\"b\" is not a usable camera name");
    }
}
