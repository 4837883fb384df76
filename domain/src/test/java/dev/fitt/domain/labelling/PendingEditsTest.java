package dev.fitt.domain.labelling;

import static dev.fitt.domain.TagValue.FALSE;
import static dev.fitt.domain.TagValue.TRUE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fitt.domain.TagChange;
import dev.fitt.domain.TagValue;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class PendingEditsTest {
    private static final List<TagValue> YES = List.of(TRUE, FALSE);
    private final PendingEdits pending = new PendingEdits();

    @Test
    void rowsOutsidePendingChangesAreUncovered() {
        pending.add(new TagChange(2, 3, YES), 0);
        pending.add(new TagChange(3, 5, YES), 0);
        pending.add(TagChange.ofRow(8, YES), 0);

        assertThat(pending.uncovered(0, 9)).containsExactly(new RowRange(0, 1), new RowRange(6, 7),
                new RowRange(9, 9));
        assertThat(pending.uncovered(3, 4)).isEmpty();
        assertThat(pending.uncovered(7, 7)).containsExactly(new RowRange(7, 7));
    }

    @Test
    void anAcknowledgedChangeRaisesTheBasisOfLaterChangesOfItsRowsOnly() {
        long first = pending.add(new TagChange(0, 1, YES), 2);
        long overlapping = pending.add(TagChange.ofRow(1, YES), 2);
        long elsewhere = pending.add(TagChange.ofRow(5, YES), 2);

        pending.acknowledged(first, 7);

        assertThat(pending.basis(overlapping)).isEqualTo(7);
        assertThat(pending.basis(elsewhere)).isEqualTo(2);
        assertThat(pending.size()).isEqualTo(2);
    }

    @Test
    void aConflictWaitsUntilRetriedOrForgotten() {
        TagChange change = TagChange.ofRow(4, YES);
        long ticket = pending.add(change, 1);
        pending.conflicted(ticket);

        assertThat(pending.conflicts()).containsExactly(change);
        assertThat(pending.conflictOf(change)).hasValue(ticket);
        assertThat(pending.uncovered(4, 4)).as("its rows still show the local value").isEmpty();

        pending.retry(ticket, 6);
        assertThat(pending.conflicts()).isEmpty();
        assertThat(pending.basis(ticket)).isEqualTo(6);

        assertThat(pending.forget(ticket)).isEqualTo(change);
        assertThatThrownBy(() -> pending.basis(ticket)).isInstanceOf(NoSuchElementException.class)
                .hasMessage("no pending change with ticket " + ticket);
    }

    @Test
    void aDroppedChangeCoversItsRowsUntilTheServersValuesAreHere() {
        TagChange change = TagChange.ofRow(4, YES);
        long ticket = pending.add(change, 1);
        pending.add(TagChange.ofRow(6, YES), 1);
        pending.conflicted(ticket);

        pending.dropped(ticket);
        assertThat(pending.conflicts()).isEmpty();
        assertThat(pending.uncovered(4, 4)).isEmpty();

        assertThat(pending.forgetDropped()).containsExactly(change);
        assertThat(pending.uncovered(4, 4)).containsExactly(new RowRange(4, 4));
        assertThat(pending.size()).isEqualTo(1);
    }

    @Test
    void theBasisSeenBehindPendingChangesIsTheirNewest() {
        pending.add(new TagChange(0, 2, YES), 3);
        pending.add(TagChange.ofRow(2, YES), 5);

        assertThat(pending.newestBasisOver(2, 4)).isEqualTo(5);
        assertThat(pending.newestBasisOver(0, 1)).isEqualTo(3);
        assertThat(pending.newestBasisOver(3, 9)).isZero();
    }
}
