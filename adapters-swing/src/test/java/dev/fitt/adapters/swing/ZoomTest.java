package dev.fitt.adapters.swing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ZoomTest {
    @Test
    void zoomStepsUpAndDownAndStopsAtTheEnds() {
        assertThat(Zoom.standard().in().label()).isEqualTo("110%");
        assertThat(Zoom.standard().out().label()).isEqualTo("90%");
        assertThat(new Zoom(400).in()).isEqualTo(new Zoom(400));
        assertThat(new Zoom(25).out()).isEqualTo(new Zoom(25));
    }

    @Test
    void aZoomBetweenStepsMovesToTheNearestStepInThatDirection() {
        assertThat(new Zoom(105).in().percent()).isEqualTo(110);
        assertThat(new Zoom(105).out().percent()).isEqualTo(100);
    }

    @Test
    void viewWidthScalesWithThePercentage() {
        assertThat(new Zoom(50).viewWidth()).isEqualTo(Zoom.BASE_WIDTH / 2);
    }

    @Test
    void fittingPicksTheLargestStepThatPutsEveryCameraSideBySide() {
        // 3 x (420 + 26) + 4 x 12 = 1386: 100% fits in 1386 pixels, not in 1385.
        assertThat(Zoom.fitting(1386, 3, 26, 12, 1f).percent()).isEqualTo(100);
        assertThat(Zoom.fitting(1385, 3, 26, 12, 1f).percent()).isEqualTo(90);
        assertThat(Zoom.fitting(10, 3, 26, 12, 1f).percent()).isEqualTo(25);
    }

    @Test
    void outOfRangeZoomIsRefused() {
        assertThatThrownBy(() -> new Zoom(10)).hasMessage("zoom must be 25...400%, got 10");
    }
}
