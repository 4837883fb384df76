package dev.fitt.domain.labelling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fitt.domain.Clip;
import dev.fitt.domain.LabelsSnapshot;
import dev.fitt.domain.TagChange;
import dev.fitt.domain.TagValue;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ClipWalkTest {
    /** Four one-camera clips of 3, 2, 4 and 1 frames: frames 0-2, 3-4, 5-8, 9. */
    private final FrameList frames = new FrameList(List.of(new Clip(0, 3, 1), new Clip(3, 5, 1), new Clip(5, 9, 1),
            new Clip(9, 10, 1)));
    private final ClientLabelTable table = new ClientLabelTable(frames, LabelsSnapshot.unset(10, 1));

    @Test
    void walkingAllClipsIsEveryFrameInOrder() {
        ClipWalk all = ClipWalk.all(frames);

        assertThat(all.walksAll()).isTrue();
        assertThat(all.size()).isEqualTo(10);
        assertThat(all.frameAt(7)).isEqualTo(7);
        assertThat(all.positionOf(7)).isEqualTo(7);
        assertThat(all.next(9)).isEmpty();
        assertThat(all.previous(0)).isEmpty();
        assertThat(all.progress(table)).isEqualTo(new Progress(0, 10));
    }

    @Test
    void walkingSomeClipsStepsOverTheOthers() {
        ClipWalk mine = ClipWalk.of(frames, List.of(0, 2));

        assertThat(mine.walksAll()).isFalse();
        assertThat(mine.size()).isEqualTo(7);
        assertThat(mine.frameAt(0)).isZero();
        assertThat(mine.frameAt(3)).isEqualTo(5);
        assertThat(mine.frameAt(6)).isEqualTo(8);
        assertThat(mine.positionOf(5)).isEqualTo(3);
        assertThat(mine.contains(4)).isFalse();
        assertThat(mine.contains(8)).isTrue();
        assertThat(mine.next(2)).hasValue(5);
        assertThat(mine.next(8)).isEmpty();
        assertThat(mine.previous(5)).hasValue(2);
        assertThat(mine.previous(0)).isEmpty();
        assertThat(mine.clips()).containsExactly(0, 2);
    }

    @Test
    void aFrameOutsideTheWalkStepsToTheNearestWalkedFrameAndSitsAtTheNextPosition() {
        ClipWalk mine = ClipWalk.of(frames, List.of(0, 2));

        assertThat(mine.next(3)).hasValue(5);
        assertThat(mine.previous(4)).hasValue(2);
        assertThat(mine.positionOf(3)).as("the position of the next walked frame").isEqualTo(3);
        assertThat(mine.positionOf(9)).as("past the last walked frame: the last position").isEqualTo(6);
        assertThat(mine.next(9)).isEmpty();
        assertThat(mine.previous(9)).hasValue(8);
    }

    @Test
    void theNextUnlabelledFrameIsFoundInTheWalkedClipsOnlyWrappingAndTheCurrentFrameLast() {
        ClipWalk mine = ClipWalk.of(frames, List.of(1, 3));
        label(3);

        assertThat(mine.nextUnlabelled(table, 0)).hasValue(4);
        assertThat(mine.nextUnlabelled(table, 4)).hasValue(9);
        assertThat(mine.nextUnlabelled(table, 9)).as("wraps to the first walked clip").hasValue(4);
        label(9);
        assertThat(mine.nextUnlabelled(table, 4)).as("the current frame is considered last").hasValue(4);
        label(4);
        assertThat(mine.nextUnlabelled(table, 0)).as("every walked frame labelled, others not").isEmpty();
        assertThat(ClipWalk.all(frames).nextUnlabelled(table, 0)).hasValue(1);
    }

    @Test
    void progressCountsTheWalkedClipsFramesOnly() {
        ClipWalk mine = ClipWalk.of(frames, List.of(1, 3));
        label(0);
        label(3);

        assertThat(mine.progress(table)).isEqualTo(new Progress(1, 3));
        assertThat(ClipWalk.all(frames).progress(table)).isEqualTo(new Progress(2, 10));
    }

    @Test
    void refusesClipsTheDatasetDoesNotHaveOrNone() {
        assertThatThrownBy(() -> ClipWalk.of(frames, List.of(0, 4)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("clip 4").hasMessageContaining("0..3");
        assertThatThrownBy(() -> ClipWalk.of(frames, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no clips");
        assertThatThrownBy(() -> ClipWalk.of(frames, List.of(2, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ascending");
    }

    private void label(int frame) {
        table.apply(new TagChange(frame, frame, List.of(TagValue.TRUE)));
    }

    @Test
    void positionsOfTheWalkRoundTrip() {
        ClipWalk mine = ClipWalk.of(frames, List.of(0, 1, 3));
        for (int position = 0; position < mine.size(); position++) {
            assertThat(mine.positionOf(mine.frameAt(position))).isEqualTo(position);
        }
        assertThat(mine.nextUnlabelled(table, 0)).isEqualTo(OptionalInt.of(1));
    }
}
