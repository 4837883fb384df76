package dev.fitt.adapters.swing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ZoomTest {
    @Test
    void zoomStepsUpAndDownAndStopsAtTheEnds() {
        assertThat(Zoom.of(100).in(0).label()).isEqualTo("110%");
        assertThat(Zoom.of(100).out(0).label()).isEqualTo("90%");
        assertThat(Zoom.of(400).in(0)).isEqualTo(Zoom.of(400));
        assertThat(Zoom.of(10).out(0)).isEqualTo(Zoom.of(10));
    }

    @Test
    void aFittedZoomStepsFromTheSizeFittingGave() {
        assertThat(Zoom.fitted().label()).isEqualTo("Fit");
        assertThat(Zoom.fitted().in(37)).isEqualTo(Zoom.of(50));
        assertThat(Zoom.fitted().out(37)).isEqualTo(Zoom.of(33));
        assertThat(Zoom.fitted().in(900)).as("beyond the last step").isEqualTo(Zoom.of(400));
        assertThat(Zoom.fitted().out(3)).as("below the first step").isEqualTo(Zoom.of(10));
    }

    @Test
    void outOfRangeZoomIsRefused() {
        assertThatThrownBy(() -> Zoom.of(5)).hasMessage("zoom must be 10...400%, got 5");
        assertThatThrownBy(() -> new Zoom(true, 50)).hasMessage("a fitted zoom has no percentage, got 50");
    }
}
