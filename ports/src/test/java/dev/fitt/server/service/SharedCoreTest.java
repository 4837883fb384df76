package dev.fitt.server.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fitt.domain.AppliedChange;
import dev.fitt.domain.Attribution;
import dev.fitt.domain.ImageRows;
import dev.fitt.domain.LabelsSnapshot;
import dev.fitt.domain.RecordedChange;
import dev.fitt.domain.Tag;
import dev.fitt.domain.TagChange;
import dev.fitt.domain.TagSet;
import dev.fitt.domain.TagValue;
import dev.fitt.domain.VersionBase;
import dev.fitt.ports.ChangeConflictException;
import dev.fitt.ports.ChangeRejectedException;
import dev.fitt.ports.ImageContent;
import dev.fitt.server.port.out.CommittedRows;
import dev.fitt.server.port.out.InMemorySharedJournal;
import dev.fitt.server.port.out.SharedJournalPort;
import dev.fitt.server.port.out.StoredDataset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A core on a shared journal: commit first, apply after; the others' commits applied in rows, newest wins. */
class SharedCoreTest {
    private static final List<TagValue> YES_NO = List.of(TagValue.TRUE, TagValue.FALSE);
    private static final List<TagValue> NO_YES = List.of(TagValue.FALSE, TagValue.TRUE);
    private static final long NO_BASIS = SharedJournalPort.NO_BASIS;

    /** Another server of the dataset, whose commits the core follows. */
    private final InMemorySharedJournal other = InMemorySharedJournal.over(4);
    /** The core's journal, opened once the other server committed three changes. */
    private final InMemorySharedJournal store = openedAfterThreeCommits();
    private final List<AppliedChange> pushed = new CopyOnWriteArrayList<>();
    private final List<InMemorySharedJournal> opened = new ArrayList<>(List.of(other, store));

    private InMemorySharedJournal openedAfterThreeCommits() {
        try {
            for (int row = 0; row < 3; row++) {
                other.commit(TagChange.ofRow(0, NO_YES), new int[] {row}, NO_BASIS);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return other.another();
    }

    @AfterEach
    void close() {
        opened.forEach(InMemorySharedJournal::close);
    }

    private ServerCore core() {
        ServerCore core = core(CoreJournal.shared(store));
        core.tagging().watch(pushed::add);
        return core;
    }

    private static ServerCore core(CoreJournal journal) {
        // Two cameras in one clip: display order interleaves them, file order does not.
        ImageRows rows = new ImageRows(new String[] {"1", "1", "1", "1"}, new String[] {"front", "front", "rear", "rear"},
                new String[] {"a", "b", "c", "d"});
        TagSet tags = new TagSet(List.of(new Tag("1", "One", "tag_code_1"), new Tag("2", "Two", "tag_code_2")));
        return ServerCore.of(new StoredDataset(tags, rows, LabelsSnapshot.unset(4, 2), "in", "out"),
                labels -> { }, path -> new ImageContent(new byte[0]), journal, new VersionBase(5));
    }

    private static void awaitTrue(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime() < deadline).as(what).isTrue();
            Thread.sleep(5);
        }
    }

    /** Whether the store holds a change of {@code fileRow} newer than {@code basis}. */
    private boolean changedSince(int fileRow, long basis) throws Exception {
        try {
            other.commit(TagChange.ofRow(0, YES_NO), new int[] {fileRow}, basis);
            return false;
        } catch (ChangeConflictException e) {
            return true;
        }
    }

    @Test
    void versionsAreTheStoresAndEveryRowStartsAtTheVersionTheJournalOpenedAt() throws Exception {
        ServerCore core = core();
        assertThat(store.openedAt()).isEqualTo(3);
        assertThat(core.queries().versionedLabels().rowVersions()).as("not the run's base").containsOnly(3);

        long version = core.tagging().tag(TagChange.ofRow(1, YES_NO), "alice");

        assertThat(version).isEqualTo(4);
        assertThat(core.queries().versionedLabels().version()).isEqualTo(4);
        assertThat(core.queries().versionedLabels().rowVersions()[1]).isEqualTo(4);
        assertThat(changedSince(core.dataset().order().fileRow(1), 3)).as("committed in file rows").isTrue();
        // Pushed once: by the tagging thread as alice's, or, when the journal's feed brought the commit
        // back before that thread applied it, as a commit the feed brought.
        assertThat(pushed).extracting(AppliedChange::version).containsExactly(4L);
    }

    @Test
    void aChangeTheStoreRefusedIsAnsweredRefusedAndShownToNobody() {
        ServerCore core = core();
        store.refuseCommits("database unreachable (simulated)");

        assertThatThrownBy(() -> core.tagging().tag(TagChange.ofRow(0, YES_NO), "alice"))
                .isInstanceOf(ChangeRejectedException.class).hasMessageContaining("not saved")
                .hasMessageContaining("database unreachable (simulated)");
        assertThat(core.queries().labels().isLabelled(0)).isFalse();
        assertThat(pushed).isEmpty();
        assertThat(core.saving().changesHeldInMemory()).isEmpty();
    }

    @Test
    void aRefusalWhoseReasonEndsWithAFullStopReadsAsOneSentence() {
        ServerCore core = core();
        store.refuseCommits("An I/O error occurred while sending to the backend.");

        assertThatThrownBy(() -> core.tagging().tag(TagChange.ofRow(0, YES_NO), "alice"))
                .hasMessageContaining("sending to the backend. The change was not made").hasMessageNotContaining("..");
    }

    @Test
    void theStoreDecidesConflicts() throws Exception {
        ServerCore core = core();
        other.commit(TagChange.ofRow(0, NO_YES), new int[] {core.dataset().order().fileRow(2)}, NO_BASIS);

        assertThatThrownBy(() -> core.tagging().tagIfCurrent(TagChange.ofRow(2, YES_NO), 3, "bob"))
                .isInstanceOf(ChangeConflictException.class);
        assertThatThrownBy(() -> core.tagging().tagIfCurrent(TagChange.ofRow(2, YES_NO), -1, "bob"))
                .as("a basis of 2^63 or more is no version, never 'no basis'")
                .isInstanceOf(ChangeRejectedException.class).hasMessageContaining("newer than any version");
        assertThat(core.queries().labels().value(2, 0)).as("bob's edit is not made").isNotEqualTo(TagValue.TRUE);
    }

    @Test
    void theOthersCommitsAreAppliedInDisplayRowsAndPushed() throws Exception {
        ServerCore core = core();
        int[] fileRows = {core.dataset().order().fileRow(2), core.dataset().order().fileRow(3)};

        long theirs = other.commit(new TagChange(0, 1, NO_YES), fileRows, NO_BASIS);

        awaitTrue(() -> core.queries().versionedLabels().version() == theirs, "their commit followed");
        assertThat(core.queries().labels().value(2, 1)).isEqualTo(TagValue.TRUE);
        assertThat(core.queries().labels().value(3, 1)).isEqualTo(TagValue.TRUE);
        assertThat(pushed).containsExactly(new AppliedChange(theirs, new TagChange(2, 3, NO_YES),
                TaggingService.OTHER_SERVER));
        assertThat(core.saving().hasUnsavedChanges()).isTrue();
    }

    @Test
    void anOlderCommitArrivingAfterANewerOneLeavesTheNewerRowsAlone() throws Exception {
        ServerCore core = core();
        // The other server commits twice meanwhile, to other rows.
        other.commit(TagChange.ofRow(0, NO_YES), new int[] {core.dataset().order().fileRow(2)}, NO_BASIS);
        other.commit(TagChange.ofRow(0, NO_YES), new int[] {core.dataset().order().fileRow(3)}, NO_BASIS);
        long mine = core.tagging().tag(TagChange.ofRow(0, YES_NO), "alice");
        awaitTrue(() -> pushed.size() == 3, "theirs and mine pushed, got " + pushed);
        pushed.clear();
        int[] fileRows = {core.dataset().order().fileRow(0), core.dataset().order().fileRow(1)};

        store.feed(List.of(new CommittedRows(mine - 1, fileRows, NO_YES),
                new CommittedRows(mine, new int[] {fileRows[0]}, YES_NO)));

        assertThat(core.queries().labels().value(0, 0)).as("the newer change stays").isEqualTo(TagValue.TRUE);
        assertThat(core.queries().labels().value(1, 0)).as("the older one where nothing newer came")
                .isEqualTo(TagValue.FALSE);
        assertThat(pushed).containsExactly(new AppliedChange(mine - 1, TagChange.ofRow(1, NO_YES),
                TaggingService.OTHER_SERVER));
    }

    @Test
    void changesAnEarlierFittJournaledApartFromTheLabelsAreCommittedBeforeServingThenDropped() throws Exception {
        store.leaveBehind(List.of(new RecordedChange(TagChange.ofRow(3, YES_NO), Attribution.UNKNOWN)));
        ServerCore core = core();

        assertThat(core.saving().recoverFromJournal()).isEqualTo(1);

        assertThat(changedSince(core.dataset().order().fileRow(3), 3)).as("committed to the store").isTrue();
        assertThat(core.queries().labels().value(3, 0)).isEqualTo(TagValue.TRUE);
        assertThat(core.queries().versionedLabels().rowVersions()[3]).isEqualTo(4);
        assertThat(store.replay().recorded()).as("dropped once committed").isEmpty();
    }

    @Test
    void twoCoresOverOneSharedStoreSeeEachOthersEditsAndConflictOnThem() throws Exception {
        InMemorySharedJournal second = store.another();
        opened.add(second);
        ServerCore one = core(CoreJournal.shared(store));
        ServerCore two = core(CoreJournal.shared(second));
        long seen = two.queries().versionedLabels().version();

        long version = one.tagging().tag(TagChange.ofRow(1, YES_NO), "alice");

        awaitTrue(() -> two.queries().versionedLabels().version() >= version, "followed by the other core");
        assertThat(two.queries().labels().value(1, 0)).isEqualTo(TagValue.TRUE);
        assertThatThrownBy(() -> two.tagging().tagIfCurrent(TagChange.ofRow(1, NO_YES), seen, "bob"))
                .isInstanceOf(ChangeConflictException.class);
    }

    @Test
    void anotherServersAcceptIsRecordedInProvenanceChangesNoLabelAndPushesNothing() throws Exception {
        ServerCore core = core();
        int[] fileRows = {core.dataset().order().fileRow(2), core.dataset().order().fileRow(3)};
        java.time.Instant at = java.time.Instant.parse("2026-12-03T12:00:00Z");
        long[] versionsBefore = core.queries().versionedLabels().rowVersions().clone();

        store.feed(List.of(new CommittedRows(130, fileRows, NO_YES,
                new dev.fitt.domain.Attribution("ben", at, dev.fitt.domain.ChangeKind.ACCEPT))));

        assertThat(core.team().provenance(2, 3)).extracting(dev.fitt.domain.RowProvenance::reviewedBy,
                dev.fitt.domain.RowProvenance::review).containsOnly(org.assertj.core.groups.Tuple.tuple("ben",
                        dev.fitt.domain.Review.ACCEPTED));
        assertThat(core.queries().labels().isLabelled(2)).as("an accept changes no labels").isFalse();
        assertThat(core.queries().versionedLabels().rowVersions()).as("nor a row's version")
                .containsExactly(versionsBefore);
        assertThat(pushed).isEmpty();
    }

    @Test
    void anAcceptComingBackFromTheStoreIsCountedOnce() throws Exception {
        ServerCore core = core();
        long seen = core.queries().versionedLabels().version();
        long accepted = core.tagging().accept(0, 1, seen, new dev.fitt.domain.Editor("ben@1", "ben"));
        int[] fileRows = {core.dataset().order().fileRow(0), core.dataset().order().fileRow(1)};
        java.time.Instant at = core.team().annotatorStats().get(0).lastActive();

        store.feed(List.of(new CommittedRows(accepted, fileRows, YES_NO,
                new dev.fitt.domain.Attribution("ben", at, dev.fitt.domain.ChangeKind.ACCEPT))));

        assertThat(core.team().annotatorStats()).extracting(dev.fitt.domain.AnnotatorStats::changes)
                .containsExactly(1L);
        assertThat(core.team().provenance(0, 1)).extracting(dev.fitt.domain.RowProvenance::review)
                .containsOnly(dev.fitt.domain.Review.ACCEPTED);
    }
}
