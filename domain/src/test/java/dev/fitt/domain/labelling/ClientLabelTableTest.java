package dev.fitt.domain.labelling;

import static dev.fitt.domain.TagValue.FALSE;
import static dev.fitt.domain.TagValue.TRUE;
import static dev.fitt.domain.TagValue.UNSET;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fitt.domain.Clip;
import dev.fitt.domain.LabelsSnapshot;
import dev.fitt.domain.TagChange;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClientLabelTableTest {
    private final FrameList frames = new FrameList(List.of(new Clip(0, 6, 2), new Clip(6, 10, 1)));
    private final ClientLabelTable table = new ClientLabelTable(frames, LabelsSnapshot.unset(10, 2));

    @Test
    void aFrameCountsAsLabelledOnlyWhenEveryImageIs() {
        table.apply(TagChange.ofRow(0, List.of(TRUE, FALSE)));
        assertThat(table.isFrameLabelled(0)).isFalse();
        assertThat(table.datasetProgress()).isEqualTo(new Progress(0, 7));

        table.apply(TagChange.ofRow(1, List.of(FALSE, FALSE)));
        assertThat(table.isFrameLabelled(0)).isTrue();
        assertThat(table.datasetProgress()).isEqualTo(new Progress(1, 7));
        assertThat(table.clipProgress(0)).isEqualTo(new Progress(1, 3));
        assertThat(table.clipProgress(1)).isEqualTo(new Progress(0, 4));
    }

    @Test
    void countersFollowARangeAcrossClipsAndBack() {
        table.apply(new TagChange(4, 9, List.of(TRUE, FALSE)));
        assertThat(table.clipProgress(0)).isEqualTo(new Progress(1, 3));
        assertThat(table.clipProgress(1)).isEqualTo(new Progress(4, 4));
        assertThat(table.datasetProgress()).isEqualTo(new Progress(5, 7));

        table.apply(new TagChange(5, 7, List.of(UNSET, UNSET)));
        assertThat(table.clipProgress(0)).isEqualTo(new Progress(0, 3));
        assertThat(table.clipProgress(1)).isEqualTo(new Progress(2, 4));
        assertThat(table.datasetProgress()).isEqualTo(new Progress(2, 7));
    }

    @Test
    void countsLabelsPresentAtStart() {
        byte[] cells = new byte[20];
        cells[6 * 2] = TRUE.code();
        cells[9 * 2 + 1] = FALSE.code();
        ClientLabelTable loaded = new ClientLabelTable(frames, LabelsSnapshot.of(10, 2, cells));
        assertThat(loaded.datasetProgress()).isEqualTo(new Progress(2, 7));
        assertThat(loaded.isFrameLabelled(3)).isTrue();
        assertThat(loaded.isFrameLabelled(6)).isTrue();
    }

    @Test
    void nextUnlabelledFrameWrapsAroundToEarlierFrames() {
        table.apply(new TagChange(2, 9, List.of(FALSE, FALSE)));
        assertThat(table.nextUnlabelledFrame(3)).hasValue(0);
        assertThat(table.nextUnlabelledFrame(0)).hasValue(0);
        table.apply(new TagChange(0, 1, List.of(FALSE, TRUE)));
        assertThat(table.nextUnlabelledFrame(0)).isEmpty();
    }

    @Test
    void nextUnlabelledFrameLooksForwardFirst() {
        table.apply(new TagChange(0, 7, List.of(FALSE, FALSE)));
        assertThat(table.nextUnlabelledFrame(1)).hasValue(5);
    }

    @Test
    void runsCoalesceEqualAdjacentRows() {
        table.apply(new TagChange(0, 2, List.of(TRUE, FALSE)));
        table.apply(new TagChange(5, 6, List.of(TRUE, FALSE)));
        assertThat(table.runs(0, 6)).containsExactly(
                new TagChange(0, 2, List.of(TRUE, FALSE)),
                new TagChange(3, 4, List.of(UNSET, UNSET)),
                new TagChange(5, 6, List.of(TRUE, FALSE)));
    }
}
