package dev.fitt.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class LabelTableTest {
    private static final List<TagValue> TRUE_FALSE = List.of(TagValue.TRUE, TagValue.FALSE);

    @Test
    void setChangesEveryRowOfTheRangeInclusive() {
        LabelTable table = new LabelTable(LabelsSnapshot.unset(4, 2));

        table.set(1, 2, TRUE_FALSE);

        LabelsSnapshot s = table.snapshot();
        assertThat(s.isLabelled(0)).isFalse();
        assertThat(s.value(1, 0)).isEqualTo(TagValue.TRUE);
        assertThat(s.value(2, 1)).isEqualTo(TagValue.FALSE);
        assertThat(s.isLabelled(3)).isFalse();
    }

    @Test
    void snapshotsDoNotSeeLaterEdits() {
        LabelTable table = new LabelTable(LabelsSnapshot.unset(1, 2));
        LabelsSnapshot before = table.snapshot();

        table.set(0, 0, TRUE_FALSE);

        assertThat(before.isLabelled(0)).isFalse();
    }

    @Test
    void readersBetweenTwoChangesShareOneSnapshotAndAChangeMakesANewOne() {
        LabelTable table = new LabelTable(LabelsSnapshot.unset(2, 2));
        LabelsSnapshot first = table.snapshot();

        assertThat(table.snapshot()).isSameAs(first);

        table.set(1, 1, TRUE_FALSE);
        LabelsSnapshot after = table.snapshot();

        assertThat(after).isNotSameAs(first);
        assertThat(after.value(1, 0)).isEqualTo(TagValue.TRUE);
        assertThat(first.isLabelled(1)).isFalse();
        assertThat(table.snapshot()).isSameAs(after);
    }

    @Test
    void rowVersionsAreSharedUntilTheNextStampAndOldCopiesKeepTheirValues() {
        RowVersions versions = new RowVersions(3);
        long[] first = versions.copy();

        assertThat(versions.copy()).isSameAs(first);

        versions.stamp(1, 2, 7);

        assertThat(first).containsExactly(0, 0, 0);
        assertThat(versions.copy()).containsExactly(0, 7, 7).isNotSameAs(first);
    }

    @Test
    void rowsAreCopiedOutABlockAtATimeAndOnlyRowsTheSnapshotHas() {
        LabelTable table = new LabelTable(LabelsSnapshot.unset(3, 2));
        table.set(1, 2, TRUE_FALSE);
        byte[] block = new byte[5];

        table.snapshot().copyRows(1, 2, block);

        assertThat(block).containsExactly(TagValue.TRUE.code(), TagValue.FALSE.code(), TagValue.TRUE.code(),
                TagValue.FALSE.code(), 0);
        assertThatThrownBy(() -> table.snapshot().copyRows(2, 2, block)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void aSnapshotRowIsCopiedOutWithItsCodesAndOnlyForRowsItHas() {
        LabelTable table = new LabelTable(LabelsSnapshot.unset(3, 2));
        table.set(2, 2, TRUE_FALSE);
        byte[] row = {9, 9, 9};

        table.snapshot().copyRow(2, row);

        assertThat(row).containsExactly(TagValue.TRUE.code(), TagValue.FALSE.code(), 9);
        assertThatThrownBy(() -> table.snapshot().copyRow(3, row)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void rangePastTheLastRowIsRejected() {
        LabelTable table = new LabelTable(LabelsSnapshot.unset(2, 2));

        assertThatThrownBy(() -> table.set(1, 2, TRUE_FALSE)).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessageContaining("rows 1..2 of 2");
    }

    @Test
    void fileOrderAndDisplayOrderRoundTrip() {
        ImageRows rows = new ImageRows(new String[] {"1", "1", "1", "1"}, new String[] {"a", "a", "b", "b"},
                new String[] {"p0", "p1", "p2", "p3"});
        DisplayOrder order = ClipRules.displayOrder(rows);
        byte[] fileCodes = {2, 1, 0, 0, 1, 2, 0, 2};
        LabelsSnapshot fileOrder = LabelsSnapshot.of(4, 2, fileCodes);

        LabelTable display = LabelTable.fromFileOrder(fileOrder, order);

        // display order is file rows 0, 2, 1, 3
        assertThat(display.value(1, 0)).isEqualTo(TagValue.FALSE);
        assertThat(display.value(1, 1)).isEqualTo(TagValue.TRUE);
        assertThat(display.snapshot().inFileOrder(order)).isEqualTo(fileOrder);
    }

    @Test
    void snapshotRejectsCellsThatAreNoTagValue() {
        assertThatThrownBy(() -> LabelsSnapshot.of(1, 1, new byte[] {7}))
                .hasMessageContaining("no tag value with code 7");
    }
}
