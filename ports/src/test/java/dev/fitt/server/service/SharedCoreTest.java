package dev.fitt.server.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fitt.domain.AppliedChange;
import dev.fitt.domain.ImageRows;
import dev.fitt.domain.LabelsSnapshot;
import dev.fitt.domain.Tag;
import dev.fitt.domain.TagChange;
import dev.fitt.domain.TagSet;
import dev.fitt.domain.TagValue;
import dev.fitt.domain.VersionBase;
import dev.fitt.ports.ChangeConflictException;
import dev.fitt.ports.ChangeRejectedException;
import dev.fitt.ports.ImageContent;
import dev.fitt.ports.JournalException;
import dev.fitt.server.port.out.CommittedRows;
import dev.fitt.server.port.out.JournalReplay;
import dev.fitt.server.port.out.SharedJournalPort;
import dev.fitt.server.port.out.StoredDataset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** A core on a shared journal: commit first, apply after; the others' commits applied in rows, newest wins. */
class SharedCoreTest {
    private static final List<TagValue> YES_NO = List.of(TagValue.TRUE, TagValue.FALSE);
    private static final List<TagValue> NO_YES = List.of(TagValue.FALSE, TagValue.TRUE);

    /** The shared store, in memory: versions from a counter, conflicts checked on its own row versions. */
    private static final class FakeSharedStore implements SharedJournalPort {
        final long[] versions;
        long issued;
        boolean refusing;
        Consumer<List<CommittedRows>> listener;
        List<TagChange> leftBehind = new ArrayList<>();

        FakeSharedStore(int rows, long openedAt) {
            versions = new long[rows];
            issued = openedAt;
        }

        @Override
        public long openedAt() {
            return 100;
        }

        @Override
        public long commit(TagChange change, int[] fileRows, long basis)
                throws ChangeConflictException, ChangeRejectedException, JournalException {
            if (refusing) {
                throw new JournalException("database unreachable (simulated)");
            }
            if (basis > issued) {
                throw new ChangeRejectedException("newer than any version");
            }
            for (int row : fileRows) {
                if (basis != NO_BASIS && versions[row] > basis) {
                    throw new ChangeConflictException("changed", versions[row]);
                }
            }
            issued++;
            for (int row : fileRows) {
                versions[row] = issued;
            }
            return issued;
        }

        @Override
        public void follow(Consumer<List<CommittedRows>> listener) {
            this.listener = listener;
        }

        @Override
        public JournalReplay replay() {
            return JournalReplay.unattributed(List.copyOf(leftBehind), List.of());
        }

        @Override
        public long append(TagChange change) throws JournalException {
            throw new JournalException("committed, not appended");
        }

        @Override
        public void awaitDurable(long sequence) {
        }

        @Override
        public long checkpoint() {
            return 0;
        }

        @Override
        public void discardBefore(long checkpoint) {
            leftBehind.clear();
        }

        @Override
        public void close() {
        }
    }

    private final FakeSharedStore store = new FakeSharedStore(4, 100);
    private final List<AppliedChange> pushed = new ArrayList<>();

    private ServerCore core() {
        // Two cameras in one clip: display order interleaves them, file order does not.
        ImageRows rows = new ImageRows(new String[] {"1", "1", "1", "1"}, new String[] {"front", "front", "rear", "rear"},
                new String[] {"a", "b", "c", "d"});
        TagSet tags = new TagSet(List.of(new Tag("1", "One", "tag_code_1"), new Tag("2", "Two", "tag_code_2")));
        ServerCore core = ServerCore.of(new StoredDataset(tags, rows, LabelsSnapshot.unset(4, 2), "in", "out"),
                labels -> { }, path -> new ImageContent(new byte[0]), store, new VersionBase(5));
        core.tagging().watch(pushed::add);
        return core;
    }

    @Test
    void versionsAreTheStoresAndEveryRowStartsAtTheVersionTheJournalOpenedAt() throws Exception {
        ServerCore core = core();
        assertThat(core.queries().versionedLabels().rowVersions()).containsOnly(100);

        long version = core.tagging().tag(TagChange.ofRow(1, YES_NO), "alice");

        assertThat(version).isEqualTo(101);
        assertThat(core.queries().versionedLabels().version()).isEqualTo(101);
        assertThat(core.queries().versionedLabels().rowVersions()[1]).isEqualTo(101);
        assertThat(store.versions[core.dataset().order().fileRow(1)]).as("committed in file rows").isEqualTo(101);
        assertThat(pushed).extracting(AppliedChange::origin).containsExactly("alice");
    }

    @Test
    void aChangeTheStoreRefusedIsAnsweredRefusedAndShownToNobody() {
        ServerCore core = core();
        store.refusing = true;

        assertThatThrownBy(() -> core.tagging().tag(TagChange.ofRow(0, YES_NO), "alice"))
                .isInstanceOf(ChangeRejectedException.class).hasMessageContaining("not saved")
                .hasMessageContaining("database unreachable (simulated)");
        assertThat(core.queries().labels().isLabelled(0)).isFalse();
        assertThat(pushed).isEmpty();
        assertThat(core.saving().changesHeldInMemory()).isEmpty();
    }

    @Test
    void theStoreDecidesConflicts() throws Exception {
        ServerCore core = core();
        store.versions[core.dataset().order().fileRow(2)] = 150; // another server's commit, not followed yet
        store.issued = 150;

        assertThatThrownBy(() -> core.tagging().tagIfCurrent(TagChange.ofRow(2, YES_NO), 100, "bob"))
                .isInstanceOf(ChangeConflictException.class);
        assertThatThrownBy(() -> core.tagging().tagIfCurrent(TagChange.ofRow(2, YES_NO), -1, "bob"))
                .as("a basis of 2^63 or more is no version, never 'no basis'")
                .isInstanceOf(ChangeRejectedException.class).hasMessageContaining("newer than any version");
        assertThat(core.queries().labels().isLabelled(2)).isFalse();
    }

    @Test
    void theOthersCommitsAreAppliedInDisplayRowsAndPushed() throws Exception {
        ServerCore core = core();
        int[] fileRows = {core.dataset().order().fileRow(2), core.dataset().order().fileRow(3)};

        store.listener.accept(List.of(new CommittedRows(120, fileRows, NO_YES)));

        assertThat(core.queries().labels().value(2, 1)).isEqualTo(TagValue.TRUE);
        assertThat(core.queries().labels().value(3, 1)).isEqualTo(TagValue.TRUE);
        assertThat(core.queries().versionedLabels().version()).isEqualTo(120);
        assertThat(pushed).containsExactly(new AppliedChange(120, new TagChange(2, 3, NO_YES),
                TaggingService.OTHER_SERVER));
        assertThat(core.saving().hasUnsavedChanges()).isTrue();
    }

    @Test
    void anOlderCommitArrivingAfterANewerOneLeavesTheNewerRowsAlone() throws Exception {
        ServerCore core = core();
        store.issued = 105; // another server committed 101..105 meanwhile
        long mine = core.tagging().tag(TagChange.ofRow(0, YES_NO), "alice");
        pushed.clear();
        int[] fileRows = {core.dataset().order().fileRow(0), core.dataset().order().fileRow(1)};

        store.listener.accept(List.of(new CommittedRows(mine - 1, fileRows, NO_YES),
                new CommittedRows(mine, new int[] {fileRows[0]}, YES_NO)));

        assertThat(core.queries().labels().value(0, 0)).as("the newer change stays").isEqualTo(TagValue.TRUE);
        assertThat(core.queries().labels().value(1, 0)).as("the older one where nothing newer came")
                .isEqualTo(TagValue.FALSE);
        assertThat(pushed).containsExactly(new AppliedChange(mine - 1, TagChange.ofRow(1, NO_YES),
                TaggingService.OTHER_SERVER));
    }

    @Test
    void changesAnEarlierFittJournaledApartFromTheLabelsAreCommittedBeforeServingThenDropped() throws Exception {
        store.leftBehind.add(TagChange.ofRow(3, YES_NO));
        ServerCore core = core();

        assertThat(core.saving().recoverFromJournal()).isEqualTo(1);

        assertThat(store.versions[core.dataset().order().fileRow(3)]).as("committed to the store").isEqualTo(101);
        assertThat(core.queries().labels().value(3, 0)).isEqualTo(TagValue.TRUE);
        assertThat(core.queries().versionedLabels().rowVersions()[3]).isEqualTo(101);
        assertThat(store.leftBehind).as("dropped once committed").isEmpty();
    }

    @Test
    void anotherServersAcceptIsRecordedInProvenanceChangesNoLabelAndPushesNothing() throws Exception {
        ServerCore core = core();
        int[] fileRows = {core.dataset().order().fileRow(2), core.dataset().order().fileRow(3)};
        java.time.Instant at = java.time.Instant.parse("2026-12-03T12:00:00Z");

        store.listener.accept(List.of(new CommittedRows(130, fileRows, NO_YES,
                new dev.fitt.domain.Attribution("ben", at, dev.fitt.domain.ChangeKind.ACCEPT))));

        assertThat(core.team().provenance(2, 3)).extracting(dev.fitt.domain.RowProvenance::reviewedBy,
                dev.fitt.domain.RowProvenance::review).containsOnly(org.assertj.core.groups.Tuple.tuple("ben",
                        dev.fitt.domain.Review.ACCEPTED));
        assertThat(core.queries().labels().isLabelled(2)).as("an accept changes no labels").isFalse();
        assertThat(core.queries().versionedLabels().rowVersions()).as("nor a row's version").containsOnly(100);
        assertThat(pushed).isEmpty();
    }

    @Test
    void anAcceptComingBackFromTheStoreIsCountedOnce() throws Exception {
        ServerCore core = core();
        long accepted = core.tagging().accept(0, 1, 100, new dev.fitt.domain.Editor("ben@1", "ben"));
        int[] fileRows = {core.dataset().order().fileRow(0), core.dataset().order().fileRow(1)};
        java.time.Instant at = core.team().annotatorStats().get(0).lastActive();

        store.listener.accept(List.of(new CommittedRows(accepted, fileRows, YES_NO,
                new dev.fitt.domain.Attribution("ben", at, dev.fitt.domain.ChangeKind.ACCEPT))));

        assertThat(core.team().annotatorStats()).extracting(dev.fitt.domain.AnnotatorStats::changes)
                .containsExactly(1L);
        assertThat(core.team().provenance(0, 1)).extracting(dev.fitt.domain.RowProvenance::review)
                .containsOnly(dev.fitt.domain.Review.ACCEPTED);
    }
}
