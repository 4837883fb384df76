package dev.fitt.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClipRulesTest {

    /** Rows as (clip id, camera) pairs, in file order. */
    private static RowKeys rows(String... clipAndCamera) {
        List<String[]> parsed = new ArrayList<>();
        for (String pair : clipAndCamera) {
            parsed.add(pair.split(":", -1));
        }
        return new RowKeys() {
            @Override
            public int size() {
                return parsed.size();
            }

            @Override
            public String clipId(int row) {
                return parsed.get(row)[0];
            }

            @Override
            public String camera(int row) {
                return parsed.get(row)[1];
            }
        };
    }

    private static int[] displayToFile(DisplayOrder order) {
        int[] out = new int[order.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = order.fileRow(i);
        }
        return out;
    }

    @Test
    void groupedCamerasAreServedInterleaved() {
        DisplayOrder order = ClipRules.displayOrder(rows(
                "1:front", "1:front", "1:left", "1:left", "1:right", "1:right"));

        assertThat(order.clips()).containsExactly(new Clip(0, 6, 3));
        assertThat(displayToFile(order)).containsExactly(0, 2, 4, 1, 3, 5);
    }

    @Test
    void alreadyInterleavedRowsStayAsTheyAre() {
        DisplayOrder order = ClipRules.displayOrder(rows("7:a", "7:b", "7:a", "7:b"));

        assertThat(order.clips()).containsExactly(new Clip(0, 4, 2));
        assertThat(displayToFile(order)).containsExactly(0, 1, 2, 3);
    }

    @Test
    void inconsistentCameraPatternFallsBackToOneImagePerFrame() {
        DisplayOrder order = ClipRules.displayOrder(rows("1:a", "1:a", "1:b"));

        assertThat(order.clips()).containsExactly(new Clip(0, 3, 1));
        assertThat(displayToFile(order)).containsExactly(0, 1, 2);
    }

    @Test
    void unequalGroupsAreNotInterleaved() {
        DisplayOrder order = ClipRules.displayOrder(rows("1:a", "1:a", "1:a", "1:b", "1:c", "1:c"));

        assertThat(order.clips()).containsExactly(new Clip(0, 6, 1));
    }

    @Test
    void aClipIsAMaximalRunOfEqualClipIds() {
        DisplayOrder order = ClipRules.displayOrder(rows("1:x", "1:x", "2:x", "1:x"));

        assertThat(order.clips()).containsExactly(new Clip(0, 2, 1), new Clip(2, 3, 1), new Clip(3, 4, 1));
    }

    @Test
    void lastRowOfLastClipIsReachable() {
        DisplayOrder order = ClipRules.displayOrder(rows("1:a", "1:b", "2:a", "2:b", "3:a"));

        Clip last = order.clips().get(order.clips().size() - 1);
        assertThat(last.end()).isEqualTo(5);
        assertThat(order.clipOf(4)).isEqualTo(last);
    }

    @Test
    void clipsCoverEveryRowWithoutGapOrOverlap() {
        DisplayOrder order = ClipRules.displayOrder(rows(
                "1:a", "1:a", "1:b", "1:b", "2:a", "3:a", "3:b", "3:a", "3:b", "3:c"));

        int expectedBegin = 0;
        for (Clip clip : order.clips()) {
            assertThat(clip.begin()).isEqualTo(expectedBegin);
            expectedBegin = clip.end();
        }
        assertThat(expectedBegin).isEqualTo(10);
        boolean[] seen = new boolean[10];
        for (int d = 0; d < 10; d++) {
            seen[order.fileRow(d)] = true;
            assertThat(order.displayIndex(order.fileRow(d))).isEqualTo(d);
        }
        assertThat(seen).doesNotContain(false);
    }

    @Test
    void emptyDataHasNoClips() {
        assertThat(ClipRules.displayOrder(rows()).clips()).isEmpty();
    }

    @Test
    void clipOfFindsTheClipOfEveryIndex() {
        DisplayOrder order = ClipRules.displayOrder(rows("1:a", "2:a", "2:a", "3:a", "3:b"));

        assertThat(order.clipOf(0)).isEqualTo(new Clip(0, 1, 1));
        assertThat(order.clipOf(2)).isEqualTo(new Clip(1, 3, 1));
        assertThat(order.clipOf(3)).isEqualTo(new Clip(3, 5, 2));
    }

    @Test
    void camerasOfAGroupedClipAreNamedInOrderOfFirstAppearance() {
        DisplayOrder order = ClipRules.displayOrder(rows(
                "1:front", "1:front", "1:left", "1:left", "1:right", "1:right"));

        assertThat(order.cameraNames()).containsExactly(List.of("front", "left", "right"));
    }

    @Test
    void camerasOfAnInterleavedClipAreNamedInFrameOrder() {
        DisplayOrder order = ClipRules.displayOrder(rows("7:rear", "7:front", "7:rear", "7:front"));

        assertThat(order.cameraNames()).containsExactly(List.of("rear", "front"));
    }

    @Test
    void clipShownOneImagePerFrameIsNamedByItsOnlyCameraOrNotAtAll() {
        DisplayOrder order = ClipRules.displayOrder(rows("1:a", "1:a", "1:b", "2:front", "2:front"));

        assertThat(order.clips()).containsExactly(new Clip(0, 3, 1), new Clip(3, 5, 1));
        assertThat(order.cameraNames()).containsExactly(List.of(""), List.of("front"));
    }

    @Test
    void everyClipHasOneCameraNamePerCameraOfItsFrames() {
        DisplayOrder order = ClipRules.displayOrder(rows(
                "1:a", "1:a", "1:b", "1:b", "2:a", "3:a", "3:b", "3:a", "3:b", "3:c", "4:x", "4:y"));

        assertThat(order.cameraNames()).hasSameSizeAs(order.clips());
        for (int clip = 0; clip < order.clips().size(); clip++) {
            assertThat(order.cameraNames().get(clip)).hasSize(order.clips().get(clip).cameras());
        }
    }

    @Test
    void clipsWithTheSameCamerasShareOneNameList() {
        DisplayOrder order = ClipRules.displayOrder(rows("1:a", "1:b", "2:a", "2:b"));

        assertThat(order.cameraNames().get(1)).isSameAs(order.cameraNames().get(0));
    }
}
