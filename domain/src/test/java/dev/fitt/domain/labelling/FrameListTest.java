package dev.fitt.domain.labelling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fitt.domain.Clip;
import dev.fitt.domain.Frame;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrameListTest {
    /** Clip 0: 3 frames of 2 cameras (rows 0..5); clip 1: 4 frames of 1 camera (rows 6..9). */
    private final FrameList frames = new FrameList(List.of(new Clip(0, 6, 2), new Clip(6, 10, 1)));

    @Test
    void numbersTheFramesOfAllClipsInOrder() {
        assertThat(frames.size()).isEqualTo(7);
        assertThat(frames.frame(0)).isEqualTo(new Frame(0, 2));
        assertThat(frames.frame(2)).isEqualTo(new Frame(4, 2));
        assertThat(frames.frame(3)).isEqualTo(new Frame(6, 1));
        assertThat(frames.clipNumberOf(2)).isZero();
        assertThat(frames.clipNumberOf(3)).isEqualTo(1);
    }

    @Test
    void lastRowOfLastClipIsReachable() {
        Frame last = frames.frame(frames.size() - 1);
        assertThat(last.last()).isEqualTo(9);
        assertThat(frames.frameOf(9)).isEqualTo(6);
    }

    @Test
    void findsTheFrameOfEveryDisplayIndex() {
        assertThat(frames.frameOf(0)).isZero();
        assertThat(frames.frameOf(1)).isZero();
        assertThat(frames.frameOf(5)).isEqualTo(2);
        assertThat(frames.frameOf(6)).isEqualTo(3);
    }

    @Test
    void rejectsClipsThatLeaveAGapNamingTheClip() {
        assertThatThrownBy(() -> new FrameList(List.of(new Clip(0, 2, 1), new Clip(3, 4, 1))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("clip 1 begins at index 3")
                .hasMessageContaining("end at 2");
    }

    @Test
    void rejectsAFrameOutsideTheDataset() {
        assertThatThrownBy(() -> frames.frame(7)).hasMessage("frame 7 is outside 0..6");
    }
}
