package dev.fitt.server.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fitt.domain.AnnotatorAssignment;
import dev.fitt.domain.AssignedClips;
import dev.fitt.domain.ClipAssignments;
import dev.fitt.domain.ClipSelection;
import dev.fitt.domain.Editor;
import dev.fitt.domain.ImageRows;
import dev.fitt.domain.LabelsSnapshot;
import dev.fitt.domain.Tag;
import dev.fitt.domain.TagChange;
import dev.fitt.domain.TagSet;
import dev.fitt.domain.TagValue;
import dev.fitt.domain.VersionBase;
import dev.fitt.ports.AssignmentRefusedException;
import dev.fitt.ports.DatasetLoadException;
import dev.fitt.ports.ImageContent;
import dev.fitt.ports.SaveFailedException;
import dev.fitt.server.port.out.AssignmentStorePort;
import dev.fitt.server.port.out.InMemoryAssignmentStore;
import dev.fitt.server.port.out.InMemoryChangeJournal;
import dev.fitt.server.port.out.ProvenanceStorePort;
import dev.fitt.server.port.out.StoredDataset;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Assigning clips on a dataset of six clips, one camera each: c1 (rows 0-1), c2 (2), c3 (3-4),
 * c4 (5), c1 again (6: clip 5 shares clip 1's id) and a clip without an id (7).
 */
class AssignmentServiceTest {
    private final InMemoryAssignmentStore kept = new InMemoryAssignmentStore();

    private ServerCore start(AssignmentStorePort store) throws Exception {
        ImageRows rows = new ImageRows(new String[] {"c1", "c1", "c2", "c3", "c3", "c4", "c1", ""},
                new String[] {"", "", "", "", "", "", "", ""}, new String[] {"a", "b", "c", "d", "e", "f", "g", "h"});
        TagSet tags = new TagSet(List.of(new Tag("1", "One", "tag_code_1")));
        return ServerCore.of(new StoredDataset(tags, rows, LabelsSnapshot.unset(8, 1), "in", "out"), labels -> { },
                path -> new ImageContent(new byte[0]), CoreJournal.local(new InMemoryChangeJournal()), VersionBase.ZERO,
                ProvenanceStorePort.NONE, store, Clock.systemUTC());
    }

    private ServerCore start() throws Exception {
        return start(kept);
    }

    private static ClipSelection numbers(String text) {
        return new ClipSelection(ClipSelection.parseNumbers(text), List.of());
    }

    private static ClipSelection ids(String text) {
        return new ClipSelection(List.of(), ClipSelection.parseIds(text));
    }

    @Test
    void clipsAreAssignedByNumberKeptByIdAndListedWithTheirProgress() throws Exception {
        ServerCore core = start();

        String done = core.assignments().assign("ana", numbers("1-2"), false);
        core.tagging().tag(TagChange.ofRow(0, List.of(TagValue.TRUE)), new Editor("c", "ana"));
        core.tagging().tag(TagChange.ofRow(1, List.of(TagValue.FALSE)), new Editor("c", "ana"));

        assertThat(done).contains("assigned 3 clips (1-2,5) to ana");
        assertThat(kept.loadAssignments().holders()).containsOnlyKeys("c1", "c2").containsValues("ana");
        assertThat(core.assignments().assignedClips(Optional.of("ana"))).isEqualTo(
                new AssignedClips(true, List.of(0, 1, 4)));
        assertThat(core.assignments().assignments().annotators()).containsExactly(
                new AnnotatorAssignment("ana", List.of(0, 1, 4), 4, 2));
        assertThat(core.assignments().assignments().clipCount()).isEqualTo(6);
    }

    @Test
    void clipsAreAssignedByClipId() throws Exception {
        ServerCore core = start();

        core.assignments().assign("bo", ids("c3, c4"), false);

        assertThat(core.assignments().assignedClips(Optional.of("bo")).clips()).containsExactly(2, 3);
    }

    @Test
    void aClipBeyondTheDatasetIsRefusedNamingItAndNothingChanges() throws Exception {
        ServerCore core = start();

        assertThatThrownBy(() -> core.assignments().assign("ana", numbers("1-3,7-9"), false))
                .isInstanceOf(AssignmentRefusedException.class).hasMessage("there is no clip 7: the dataset has 6 clips");
        assertThatThrownBy(() -> core.assignments().assign("ana", ids("c2,walk_9"), false))
                .isInstanceOf(AssignmentRefusedException.class)
                .hasMessageContaining("clip id \"walk_9\": no clip of the dataset has it");
        assertThatThrownBy(() -> core.assignments().assign("ana", numbers("5-6"), false))
                .isInstanceOf(AssignmentRefusedException.class)
                .hasMessageContaining("clip 6 has no clip_id");
        assertThat(kept.loadAssignments()).isEqualTo(ClipAssignments.NONE);
        assertThat(core.assignments().assignedClips(Optional.of("ana"))).isEqualTo(AssignedClips.NONE);
    }

    @Test
    void aBadAnnotatorNameIsRefused() throws Exception {
        ServerCore core = start();

        assertThatThrownBy(() -> core.assignments().assign("  ", numbers("1"), false))
                .isInstanceOf(AssignmentRefusedException.class).hasMessageContaining("an annotator name needs");
        assertThat(core.assignments().assign(" ana ", numbers("2"), false)).contains("to ana");
    }

    @Test
    void aClipSomeoneElseHoldsIsRefusedNamingTheHolderUnlessReassigned() throws Exception {
        ServerCore core = start();
        core.assignments().assign("ana", numbers("1-2"), false);

        assertThatThrownBy(() -> core.assignments().assign("bo", numbers("2-4"), false))
                .isInstanceOf(AssignmentRefusedException.class)
                .hasMessageContaining("clip 2 is assigned to ana")
                .hasMessageContaining("--reassign");
        assertThat(core.assignments().assignedClips(Optional.of("bo")).clips()).isEmpty();

        String moved = core.assignments().assign("bo", numbers("2-4"), true);

        assertThat(moved).contains("assigned 3 clips (2-4) to bo").contains("1 taken from ana");
        assertThat(core.assignments().assignedClips(Optional.of("ana")).clips()).containsExactly(0, 4);
        assertThat(core.assignments().assignedClips(Optional.of("bo")).clips()).containsExactly(1, 2, 3);
    }

    @Test
    void unassigningTakesBackSomeClipsOrAll() throws Exception {
        ServerCore core = start();
        core.assignments().assign("ana", numbers("1-3"), false);
        core.assignments().assign("bo", numbers("4"), false);

        assertThat(core.assignments().unassign("ana", Optional.of(numbers("2")))).contains("1 clip (2) from ana");
        assertThat(core.assignments().assignedClips(Optional.of("ana")).clips()).containsExactly(0, 2, 4);
        assertThatThrownBy(() -> core.assignments().unassign("ana", Optional.of(numbers("4"))))
                .isInstanceOf(AssignmentRefusedException.class).hasMessageContaining("clip 4 is assigned to bo");

        assertThat(core.assignments().unassign("ana", Optional.empty())).contains("3 clips (1,3,5) from ana");
        assertThat(core.assignments().assignedClips(Optional.of("ana"))).isEqualTo(
                new AssignedClips(true, List.of()));
        core.assignments().unassign("bo", Optional.empty());
        assertThat(core.assignments().assignedClips(Optional.of("bo"))).isEqualTo(AssignedClips.NONE);
    }

    @Test
    void aConnectionThatNeverSaidWhoItIsHoldsNone() throws Exception {
        ServerCore core = start();
        assertThat(core.assignments().assignedClips(Optional.empty())).isEqualTo(AssignedClips.NONE);

        core.assignments().assign("ana", numbers("1"), false);

        assertThat(core.assignments().assignedClips(Optional.empty())).isEqualTo(new AssignedClips(true, List.of()));
        assertThat(core.assignments().assignedClips(Optional.of("bo"))).isEqualTo(new AssignedClips(true, List.of()));
    }

    @Test
    void assignmentsOutliveTheCore() throws Exception {
        start().assignments().assign("ana", numbers("3"), false);

        assertThat(start().assignments().assignedClips(Optional.of("ana")).clips()).containsExactly(2);
    }

    @Test
    void anAssignmentThatCannotBeWrittenIsRefusedAndNotMade() throws Exception {
        ServerCore core = start(new AssignmentStorePort() {
            @Override
            public ClipAssignments loadAssignments() {
                return ClipAssignments.NONE;
            }

            @Override
            public ClipAssignments changeAssignments(AssignmentChange change) throws SaveFailedException {
                throw new SaveFailedException("disk full");
            }
        });

        assertThatThrownBy(() -> core.assignments().assign("ana", numbers("1"), false))
                .isInstanceOf(SaveFailedException.class).hasMessageContaining("disk full");
        assertThat(core.assignments().assignedClips(Optional.of("ana"))).isEqualTo(AssignedClips.NONE);
    }

    @Test
    void unreadableAssignmentsStopTheDatasetFromLoading() {
        assertThatThrownBy(() -> start(new AssignmentStorePort() {
            @Override
            public ClipAssignments loadAssignments() throws DatasetLoadException {
                throw new DatasetLoadException("out.assignments.csv line 3: expected 2 fields, found 1");
            }

            @Override
            public ClipAssignments changeAssignments(AssignmentChange change) {
                return ClipAssignments.NONE;
            }
        })).isInstanceOf(DatasetLoadException.class).hasMessageContaining("line 3");
    }
}
