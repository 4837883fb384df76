package dev.fitt.domain.labelling;

import static dev.fitt.domain.TagValue.FALSE;
import static dev.fitt.domain.TagValue.TRUE;
import static dev.fitt.domain.TagValue.UNSET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fitt.domain.Clip;
import dev.fitt.domain.LabelTable;
import dev.fitt.domain.LabelsSnapshot;
import dev.fitt.domain.TagChange;
import dev.fitt.domain.VersionedLabels;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServerLabelTableTest {
    private static final List<dev.fitt.domain.TagValue> YES = List.of(TRUE, FALSE);
    private static final List<dev.fitt.domain.TagValue> NO = List.of(FALSE, TRUE);

    private final ServerLabelTable copy = new ServerLabelTable(
            new VersionedLabels(LabelsSnapshot.unset(6, 2), new long[] {0, 3, 3, 0, 5, 0}, 5));

    @Test
    void theBasisOfRowsIsTheirNewestVersion() {
        assertThat(copy.newestIn(0, 3)).isEqualTo(3);
        assertThat(copy.newestIn(5, 5)).isZero();
        assertThatThrownBy(() -> copy.newestIn(4, 6)).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessage("rows 4..6 are outside 0..5");
    }

    @Test
    void aChangeIsTakenOnlyOnRowsKnownOlder() {
        List<RowRange> taken = copy.accept(4, new TagChange(0, 5, YES));

        assertThat(taken).containsExactly(new RowRange(0, 3), new RowRange(5, 5));
        assertThat(copy.values(2)).isEqualTo(YES);
        assertThat(copy.values(4)).containsExactly(UNSET, UNSET);
        assertThat(copy.version(4)).isEqualTo(5);
        assertThat(copy.newestIn(0, 3)).isEqualTo(4);
    }

    @Test
    void changesArrivingOutOfOrderEndAtTheNewest() {
        copy.accept(9, TagChange.ofRow(0, NO));
        copy.accept(7, TagChange.ofRow(0, YES));

        assertThat(copy.values(0)).isEqualTo(NO);
        assertThat(copy.version(0)).isEqualTo(9);
    }

    @Test
    void aReloadTakesOnlyRowsItKnowsNewer() {
        copy.accept(8, TagChange.ofRow(5, NO));
        LabelTable server = new LabelTable(LabelsSnapshot.unset(6, 2));
        server.set(1, 2, YES);
        server.set(5, 5, YES);

        List<RowRange> taken = copy.merge(new VersionedLabels(server.snapshot(), new long[] {0, 6, 6, 0, 5, 7}, 7));

        assertThat(taken).containsExactly(new RowRange(1, 2));
        assertThat(copy.values(1)).isEqualTo(YES);
        assertThat(copy.values(5)).as("a push newer than the reload").isEqualTo(NO);
    }

    @Test
    void differencesFromTheBookAreRunsOfTheServersValues() {
        ClientLabelTable table = new ClientLabelTable(new FrameList(List.of(new Clip(0, 6, 1))), LabelsSnapshot.unset(6, 2));
        table.apply(new TagChange(0, 1, NO));
        copy.accept(9, new TagChange(1, 3, YES));

        assertThat(copy.differencesFrom(table, 0, 5)).containsExactly(
                new TagChange(0, 0, List.of(UNSET, UNSET)), new TagChange(1, 3, YES));
    }
}
