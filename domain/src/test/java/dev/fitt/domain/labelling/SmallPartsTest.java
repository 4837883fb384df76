package dev.fitt.domain.labelling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fitt.domain.AutosavePolicy;
import dev.fitt.domain.Clip;
import java.util.List;
import org.junit.jupiter.api.Test;

class SmallPartsTest {
    private final FrameList frames = new FrameList(List.of(new Clip(0, 6, 2), new Clip(6, 10, 1)));

    @Test
    void cursorStopsAtBothEnds() {
        FrameCursor cursor = new FrameCursor(frames);
        assertThat(cursor.previous()).isFalse();
        for (int i = 0; i < 6; i++) {
            assertThat(cursor.next()).isTrue();
        }
        assertThat(cursor.next()).isFalse();
        assertThat(cursor.frameNumber()).isEqualTo(6);
        assertThat(cursor.activeIndex()).isEqualTo(9);
    }

    @Test
    void tabWrapsAroundTheCamerasOfTheFrame() {
        FrameCursor cursor = new FrameCursor(frames);
        cursor.nextCamera();
        assertThat(cursor.camera()).isEqualTo(1);
        cursor.nextCamera();
        assertThat(cursor.camera()).isZero();
        cursor.previousCamera();
        assertThat(cursor.camera()).isEqualTo(1);
        assertThat(cursor.activeIndex()).isEqualTo(1);
    }

    @Test
    void theActiveCameraIsKeptWhenTheNextFrameHasIt() {
        FrameCursor cursor = new FrameCursor(frames);
        cursor.selectCamera(1);
        cursor.next();
        assertThat(cursor.camera()).isEqualTo(1);
        cursor.goTo(3);
        assertThat(cursor.camera()).isZero();
    }

    @Test
    void autosaveIsDueAfterEveryNEdits() {
        AutosaveCounter counter = new AutosaveCounter(AutosavePolicy.everyChanges(3));
        assertThat(List.of(counter.countEdit(), counter.countEdit(), counter.countEdit(), counter.countEdit(),
                counter.countEdit(), counter.countEdit())).containsExactly(false, false, true, false, false, true);
    }

    @Test
    void autosaveZeroNeverSavesByCount() {
        AutosaveCounter counter = new AutosaveCounter(AutosavePolicy.everyChanges(0));
        for (int i = 0; i < 5; i++) {
            assertThat(counter.countEdit()).isFalse();
        }
    }

    @Test
    void prefetchPlanTakesTheCurrentFrameThenAheadThenBehind() {
        assertThat(new PrefetchPlan(2, 1).indices(frames, 1)).containsExactly(2, 3, 4, 5, 6, 0, 1);
        assertThat(new PrefetchPlan(5, 0).indices(frames, 5)).containsExactly(8, 9);
    }

    @Test
    void imageCacheEvictsTheLeastRecentlyUsedPastItsBudget() {
        ImageCache<byte[]> cache = new ImageCache<>(10, b -> b.length);
        cache.put(1, new byte[4]);
        cache.put(2, new byte[4]);
        cache.get(1);
        cache.put(3, new byte[4]);
        assertThat(cache.contains(1)).isTrue();
        assertThat(cache.contains(2)).isFalse();
        assertThat(cache.contains(3)).isTrue();
        assertThat(cache.weight()).isEqualTo(8);
    }

    @Test
    void imageCacheDoesNotKeepAValueHeavierThanItsBudget() {
        ImageCache<byte[]> cache = new ImageCache<>(10, b -> b.length);
        cache.put(1, new byte[4]);
        cache.put(2, new byte[11]);
        assertThat(cache.contains(2)).isFalse();
        assertThat(cache.contains(1)).isTrue();
    }

    @Test
    void tagRunsMergeOnlyAdjacentEqualRows() {
        var a = List.of(dev.fitt.domain.TagValue.TRUE);
        assertThat(new TagRuns().add(0, a).add(1, a).add(3, a).build()).hasSize(2);
        assertThatThrownBy(() -> new TagRuns().add(2, a).add(1, a))
                .hasMessage("rows must be added in increasing order: 1 after 2");
    }
}
