package dev.fitt.client.service;

import static dev.fitt.domain.TagValue.FALSE;
import static dev.fitt.domain.TagValue.TRUE;
import static dev.fitt.domain.TagValue.UNSET;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fitt.domain.AppliedChange;
import dev.fitt.domain.Clip;
import dev.fitt.domain.LabelsSnapshot;
import dev.fitt.domain.TagChange;
import dev.fitt.domain.TagValue;
import dev.fitt.domain.VersionedLabels;
import dev.fitt.domain.labelling.FrameList;
import dev.fitt.domain.labelling.ClientLabelTable;
import dev.fitt.domain.labelling.Progress;
import dev.fitt.domain.labelling.RowRange;
import dev.fitt.client.port.in.SessionListener;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The convergence rule with the server's answers in every order a network may deliver them. */
class VersionedSyncTest {
    private static final List<TagValue> MINE = List.of(TRUE, FALSE);
    private static final List<TagValue> THEIRS = List.of(FALSE, TRUE);

    private final LockedLabelTable labels = new LockedLabelTable(
            new ClientLabelTable(new FrameList(List.of(new Clip(0, 4, 1))), LabelsSnapshot.unset(4, 2)));
    private final List<RowRange> others = new ArrayList<>();
    private final VersionedSync sync = new VersionedSync(labels,
            new VersionedLabels(LabelsSnapshot.unset(4, 2), new long[4], 0), new SessionListener() {
                @Override
                public void labelsChangedByOthers(int first, int last) {
                    others.add(new RowRange(first, last));
                }
            });

    private List<TagValue> row(int row) {
        return labels.withTable(table -> table.values(row));
    }

    private long send(TagChange change) {
        return ((Outgoing.VersionedChange) sync.applyLocal(change)).ticket();
    }

    @Test
    void aPushOverAPendingEditIsHiddenAndAnOlderOneStaysHiddenAfterTheAck() {
        long ticket = send(new TagChange(0, 1, MINE));
        sync.received(new AppliedChange(1, new TagChange(1, 2, THEIRS), "alice"));

        assertThat(row(1)).isEqualTo(MINE);
        assertThat(row(2)).isEqualTo(THEIRS);
        assertThat(others).containsExactly(new RowRange(2, 2));

        sync.accepted(ticket, 2);
        assertThat(row(1)).as("ours was applied after theirs").isEqualTo(MINE);
        assertThat(others).hasSize(1);
    }

    @Test
    void aNewerPushHeardBeforeOurAckWinsOnceAcknowledged() {
        long ticket = send(new TagChange(0, 1, MINE));
        sync.received(new AppliedChange(3, TagChange.ofRow(1, THEIRS), "alice"));
        assertThat(row(1)).isEqualTo(MINE);

        sync.accepted(ticket, 2);

        assertThat(row(0)).isEqualTo(MINE);
        assertThat(row(1)).as("theirs was applied after ours").isEqualTo(THEIRS);
        assertThat(others).containsExactly(new RowRange(1, 1));
        assertThat(labels.withTable(ClientLabelTable::datasetProgress)).isEqualTo(new Progress(2, 4));
    }

    @Test
    void aPushOlderThanWhatIsKnownIsIgnored() {
        sync.reloaded(new VersionedLabels(LabelsSnapshot.unset(4, 2), new long[] {0, 0, 0, 5}, 5));
        sync.received(new AppliedChange(4, TagChange.ofRow(3, THEIRS), "alice"));

        assertThat(row(3)).containsOnly(UNSET);
        assertThat(others).isEmpty();
    }

    @Test
    void aReloadFromARestartedServerRebasesAPendingEditWhoseRowsItShowsAsTheAnnotatorSawThem() {
        long ticket = send(new TagChange(0, 1, MINE));

        // A restarted server versions every row anew, above everything before; nothing changed.
        sync.reloaded(new VersionedLabels(LabelsSnapshot.unset(4, 2), new long[] {1000, 1000, 1000, 1001}, 1001));

        assertThat(sync.basis(ticket)).isEqualTo(1000);
        assertThat(row(0)).isEqualTo(MINE);
    }

    @Test
    void aReloadShowingValuesTheAnnotatorNeverSawLeavesTheBasisSoTheServerReportsAConflict() {
        long ticket = send(new TagChange(0, 1, MINE));
        LabelsSnapshot theirs = LabelsSnapshot.unset(4, 2);
        ClientLabelTable changed = new ClientLabelTable(new FrameList(List.of(new Clip(0, 4, 1))), theirs);
        changed.apply(TagChange.ofRow(1, THEIRS));

        sync.reloaded(new VersionedLabels(changed.snapshot(), new long[] {1000, 1001, 1000, 1000}, 1001));

        assertThat(sync.basis(ticket)).isZero();
        assertThat(row(1)).as("our pending value stays shown").isEqualTo(MINE);
    }

    @Test
    void aReloadAlreadyHoldingOurOwnValuesRebasesToo() {
        long ticket = send(TagChange.ofRow(2, MINE));
        ClientLabelTable applied = new ClientLabelTable(new FrameList(List.of(new Clip(0, 4, 1))), LabelsSnapshot.unset(4, 2));
        applied.apply(TagChange.ofRow(2, MINE));

        // The change reached the journal of a server that crashed before answering.
        sync.reloaded(new VersionedLabels(applied.snapshot(), new long[] {1000, 1000, 1001, 1000}, 1001));

        assertThat(sync.basis(ticket)).isEqualTo(1001);
    }

    @Test
    void anEditIsBasedOnWhatTheAnnotatorSawNotOnPushesHiddenBehindTheirOwnEdit() {
        send(TagChange.ofRow(0, MINE));
        sync.received(new AppliedChange(4, TagChange.ofRow(0, THEIRS), "alice"));
        sync.received(new AppliedChange(6, TagChange.ofRow(1, THEIRS), "alice"));

        long later = send(new TagChange(0, 0, THEIRS));
        long beside = send(new TagChange(1, 1, MINE));

        assertThat(sync.basis(later)).isZero();
        assertThat(sync.basis(beside)).isEqualTo(6);
    }

    @Test
    void aRefusedEditShowsTheServersValuesAgain() {
        sync.received(new AppliedChange(1, TagChange.ofRow(2, THEIRS), "alice"));
        long ticket = send(TagChange.ofRow(2, MINE));

        sync.refused(ticket);

        assertThat(row(2)).isEqualTo(THEIRS);
        assertThat(sync.conflicts()).isEmpty();
    }
}
