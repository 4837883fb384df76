package dev.fitt.server.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fitt.domain.Attribution;
import dev.fitt.domain.ChangeKind;
import dev.fitt.domain.RecordedChange;
import dev.fitt.domain.TagChange;
import dev.fitt.domain.TagValue;
import dev.fitt.ports.ChangeConflictException;
import dev.fitt.ports.ChangeRejectedException;
import dev.fitt.ports.JournalException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What every {@link SharedJournalPort} promises the servers that share it: versions it issues,
 * conflicts it decides on the rows' versions, every commit followed by every server with who made
 * it, and what an earlier fitt journaled apart from the labels replayed until it is dropped. Each
 * journal is over a dataset of {@link DatasetFixture#small()} (six rows, three tags).
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
public abstract class SharedJournalContract {
    private static final List<TagValue> ON = List.of(TagValue.TRUE, TagValue.UNSET, TagValue.TRUE);
    private static final List<TagValue> OFF = List.of(TagValue.FALSE, TagValue.UNSET, TagValue.TRUE);
    private static final Instant T1 = Instant.parse("2026-12-03T09:00:00.123Z");
    private static final Instant T2 = Instant.parse("2026-12-03T09:05:00Z");
    private static final long NO_BASIS = SharedJournalPort.NO_BASIS;

    private final List<SharedJournalPort> opened = new ArrayList<>();

    /** A journal over a fresh dataset nobody changed yet. */
    protected abstract SharedJournalPort newJournal() throws Exception;

    /** The journal another server opens, now, over the same dataset as {@code first}. */
    protected abstract SharedJournalPort another(SharedJournalPort first) throws Exception;

    /** Leaves {@code changes} in the dataset as a fitt that journaled apart from the labels left them. */
    protected abstract void leaveBehind(SharedJournalPort journal, List<RecordedChange> changes) throws Exception;

    private SharedJournalPort open() throws Exception {
        return kept(newJournal());
    }

    private SharedJournalPort second(SharedJournalPort first) throws Exception {
        return kept(another(first));
    }

    private SharedJournalPort kept(SharedJournalPort journal) {
        opened.add(journal);
        return journal;
    }

    @AfterEach
    void closeJournals() {
        opened.forEach(SharedJournalPort::close);
    }

    private static void awaitTrue(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime() < deadline).as(what).isTrue();
            Thread.sleep(5);
        }
    }

    @Test
    void everyCommitTakesANewVersionAboveTheOneTheJournalOpenedAt() throws Exception {
        SharedJournalPort journal = open();

        long first = journal.commit(TagChange.ofRow(0, ON), new int[] {0}, NO_BASIS);
        long second = journal.commit(TagChange.ofRow(0, OFF), new int[] {0}, NO_BASIS);

        assertThat(first).isGreaterThan(journal.openedAt());
        assertThat(second).isGreaterThan(first);
    }

    @Test
    void aJournalOpensAtTheNewestCommittedVersionAndIsFollowedFromThere() throws Exception {
        SharedJournalPort a = open();
        long before = a.commit(TagChange.ofRow(4, ON), new int[] {4}, NO_BASIS);
        SharedJournalPort b = second(a);
        List<CommittedRows> bSees = new CopyOnWriteArrayList<>();
        b.follow(bSees::addAll);

        long after = a.commit(TagChange.ofRow(5, ON), new int[] {5}, NO_BASIS);

        assertThat(b.openedAt()).isEqualTo(before);
        awaitTrue(() -> !bSees.isEmpty(), "the commit after it opened followed");
        assertThat(bSees).extracting(CommittedRows::version).containsExactly(after);
    }

    @Test
    void everyServerFollowsEveryCommitWithItsVersionRowsValuesAndAuthor() throws Exception {
        SharedJournalPort a = open();
        SharedJournalPort b = second(a);
        List<CommittedRows> aSees = new CopyOnWriteArrayList<>();
        List<CommittedRows> bSees = new CopyOnWriteArrayList<>();
        a.follow(aSees::addAll);
        b.follow(bSees::addAll);

        long first = a.commit(new TagChange(0, 1, ON), new int[] {3, 1}, NO_BASIS, Attribution.label("Ana", T1));
        long second = b.commit(TagChange.ofRow(2, OFF), new int[] {0}, NO_BASIS, Attribution.UNKNOWN);

        awaitTrue(() -> aSees.size() == 2 && bSees.size() == 2, "both commits followed by both servers, a saw "
                + aSees + ", b saw " + bSees);
        for (List<CommittedRows> seen : List.of(aSees, bSees)) {
            assertThat(seen).extracting(CommittedRows::version).containsExactly(first, second);
            assertThat(seen.get(0).fileRows()).containsExactlyInAnyOrder(1, 3);
            assertThat(seen.get(0).values()).isEqualTo(ON);
            assertThat(seen.get(0).by()).isEqualTo(Attribution.label("Ana", T1));
            assertThat(seen.get(1).fileRows()).containsExactly(0);
            assertThat(seen.get(1).by()).isEqualTo(Attribution.UNKNOWN);
        }
    }

    @Test
    void aVersionedChangeBasedOnARowAnotherServerChangedIsAConflict() throws Exception {
        SharedJournalPort a = open();
        SharedJournalPort b = second(a);
        long seen = b.openedAt();
        long theirs = a.commit(TagChange.ofRow(1, ON), new int[] {1}, seen);

        assertThatThrownBy(() -> b.commit(TagChange.ofRow(1, OFF), new int[] {1}, seen))
                .isInstanceOf(ChangeConflictException.class)
                .satisfies(e -> assertThat(((ChangeConflictException) e).currentVersion()).isEqualTo(theirs));
        assertThat(b.commit(TagChange.ofRow(2, OFF), new int[] {2}, seen)).as("another row is no conflict")
                .isGreaterThan(theirs);
        assertThat(b.commit(TagChange.ofRow(1, OFF), new int[] {1}, theirs)).as("based on their change")
                .isGreaterThan(theirs);
    }

    @Test
    void aBasisAboveEveryIssuedVersionIsRefused() throws Exception {
        SharedJournalPort journal = open();

        assertThatThrownBy(() -> journal.commit(TagChange.ofRow(3, OFF), new int[] {3}, Long.MAX_VALUE / 2))
                .isInstanceOf(ChangeRejectedException.class).hasMessageContaining("newer than any version");
    }

    @Test
    void anAcceptTakesAVersionButChangesNoRowsVersionAndIsNotFollowed() throws Exception {
        SharedJournalPort a = open();
        SharedJournalPort b = second(a);
        List<CommittedRows> bSees = new CopyOnWriteArrayList<>();
        b.follow(bSees::addAll);
        long labelled = a.commit(TagChange.ofRow(0, ON), new int[] {2}, NO_BASIS, Attribution.label("Ana", T1));
        // A row changed twice before it is read may come once: the label is read before the next change.
        awaitTrue(() -> bSees.size() == 1, "the label followed, got " + bSees);

        long accepted = b.commit(TagChange.ofRow(0, ON), new int[] {2}, labelled,
                new Attribution("Ben", T2, ChangeKind.ACCEPT));
        long after = a.commit(TagChange.ofRow(0, OFF), new int[] {2}, labelled, Attribution.label("Ana", T2));

        assertThat(accepted).isGreaterThan(labelled);
        assertThat(after).as("an edit based on the label the review accepted is no conflict")
                .isGreaterThan(accepted);
        awaitTrue(() -> bSees.size() == 2, "the two label changes followed, got " + bSees);
        assertThat(bSees).extracting(CommittedRows::version).containsExactly(labelled, after);
    }

    @Test
    void changesAnEarlierFittLeftAreReplayedWithTheirAuthorsUntilDropped() throws Exception {
        SharedJournalPort journal = open();
        List<RecordedChange> left = List.of(
                new RecordedChange(TagChange.ofRow(3, ON), Attribution.label("Ana", T1)),
                new RecordedChange(new TagChange(1, 2, OFF), new Attribution("Rita", T2, ChangeKind.CORRECTION)));
        leaveBehind(journal, left);

        assertThat(journal.replay().recorded()).containsExactlyElementsOf(left);
        journal.discardBefore(Long.MAX_VALUE);
        assertThat(journal.replay().recorded()).isEmpty();
        assertThat(second(journal).replay().recorded()).as("dropped for every server").isEmpty();
    }

    @Test
    void aNewDatasetLeavesNothingToReplay() throws Exception {
        assertThat(open().replay().recorded()).isEmpty();
    }

    @Test
    void changesAreCommittedNeverAppended() throws Exception {
        SharedJournalPort journal = open();

        assertThatThrownBy(() -> journal.append(TagChange.ofRow(0, ON))).isInstanceOf(JournalException.class);
    }

    @Test
    void aClosedJournalCommitsNothing() throws Exception {
        SharedJournalPort journal = open();
        journal.close();

        assertThatThrownBy(() -> journal.commit(TagChange.ofRow(0, ON), new int[] {0}, NO_BASIS))
                .isInstanceOf(JournalException.class);
    }
}
