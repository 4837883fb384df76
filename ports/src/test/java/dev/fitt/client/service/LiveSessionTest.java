package dev.fitt.client.service;

import static dev.fitt.client.service.ClientFixture.deliver;
import static dev.fitt.client.service.ClientFixture.openOn;
import static dev.fitt.domain.TagValue.FALSE;
import static dev.fitt.domain.TagValue.TRUE;
import static dev.fitt.domain.TagValue.UNSET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fitt.domain.TagChange;
import dev.fitt.domain.TagValue;
import dev.fitt.domain.labelling.Progress;
import dev.fitt.domain.labelling.RowRange;
import dev.fitt.client.port.in.ConnectionState;
import dev.fitt.client.port.in.SessionListener;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Two annotators, alice and bob, each with a session on the same core through their own port
 * (different origins), as two desktop clients on one server. Clip "a" is frames 0..2 (rows 0..5,
 * two cameras), clip "b" frames 3..6 (rows 6..9, one camera).
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class LiveSessionTest {
    private static final List<TagValue> CLEAR = List.of(TRUE, FALSE, FALSE);
    private static final List<TagValue> RAINY = List.of(FALSE, TRUE, FALSE);
    private static final List<TagValue> FOGGY = List.of(FALSE, FALSE, TRUE);
    private static final List<TagValue> NONE = List.of(FALSE, FALSE, FALSE);

    private final ClientFixture fixture = new ClientFixture();
    private final SwitchableServer alicePort = fixture.liveServer("alice");
    private final SwitchableServer bobPort = fixture.liveServer("bob");
    private final Recorder aliceSaw = new Recorder();
    private final Recorder bobSaw = new Recorder();
    private LabellingSession alice;
    private LabellingSession bob;

    @AfterEach
    void closeSessions() {
        alicePort.up();
        bobPort.up();
        bobPort.releasePushes();
        for (LabellingSession session : new LabellingSession[] {alice, bob}) {
            if (session != null) {
                session.close(Duration.ofSeconds(5));
            }
        }
    }

    private void openBoth() throws Exception {
        alice = openOn(alicePort);
        alice.addListener(aliceSaw);
        bob = openOn(bobPort);
        bob.addListener(bobSaw);
    }

    @Test
    void aliceEditShowsInBobsSessionWithCountersAndAnEvent() throws Exception {
        openBoth();

        alice.goToFrame(3);
        alice.markImageNone();
        deliver(alice);
        deliver(bob);

        assertThat(bob.valuesAt(6)).isEqualTo(NONE);
        assertThat(bob.isFrameLabelled(3)).isTrue();
        assertThat(bob.datasetProgress()).isEqualTo(new Progress(1, 7));
        assertThat(bobSaw.others).containsExactly(new RowRange(6, 6));
        assertThat(aliceSaw.others).isEmpty();
    }

    @Test
    void aliceLabellingAClipUpdatesBobsClipCounter() throws Exception {
        openBoth();

        alice.labelClip(RAINY);
        deliver(alice);
        deliver(bob);

        assertThat(bob.currentClip().begin()).isZero();
        assertThat(bob.clipProgress()).isEqualTo(new Progress(3, 3));
        assertThat(bobSaw.others).containsExactly(new RowRange(0, 5));
        assertThat(bob.labels()).isEqualTo(fixture.service.queries().labels());
    }

    @Test
    void theLaterOfTwoConcurrentEditsOfARowIsAConflictAndKeepsItsLocalValue() throws Exception {
        openBoth();
        bobPort.holdPushes();
        alice.goToFrame(4);
        alice.chooseTag(0);
        deliver(alice);

        bob.goToFrame(4);
        bob.chooseTag(1);
        deliver(bob);

        TagChange bobs = TagChange.ofRow(7, RAINY);
        assertThat(bobSaw.conflicts).containsExactly(bobs);
        assertThat(bobSaw.conflictMessages).containsExactly(
                "rows 7..7 were changed by someone else (version 1, your edit was based on 0)");
        assertThat(bob.conflicts()).containsExactly(bobs);
        assertThat(bob.pendingEdits()).isZero();

        bobPort.releasePushes();
        deliver(bob);
        assertThat(bob.valuesAt(7)).as("alice's value stays hidden behind bob's undecided edit").isEqualTo(RAINY);
        assertThat(bobSaw.others).isEmpty();
        assertThat(fixture.service.queries().labels().value(7, 0)).isEqualTo(TRUE);
    }

    @Test
    void reapplyingAConflictSendsItOnTheCurrentVersionAndEveryoneConverges() throws Exception {
        openBoth();
        TagChange bobs = conflictOnRow7();
        bobPort.releasePushes();
        deliver(bob);

        bob.reapply(bobs);
        deliver(bob);
        deliver(alice);

        assertThat(bob.conflicts()).isEmpty();
        assertThat(bobSaw.conflicts).hasSize(1);
        assertThat(fixture.service.queries().labels().value(7, 1)).isEqualTo(TRUE);
        assertThat(alice.valuesAt(7)).isEqualTo(RAINY);
        assertThat(aliceSaw.others).containsExactly(new RowRange(7, 7));
        assertThat(alice.labels()).isEqualTo(fixture.service.queries().labels());
        assertThat(bob.labels()).isEqualTo(fixture.service.queries().labels());
    }

    @Test
    void droppingAConflictTakesTheServersValuesEvenWhenThePushWasLost() throws Exception {
        openBoth();
        TagChange bobs = conflictOnRow7();

        bobPort.down();
        bob.drop(bobs);
        assertThat(bob.conflicts()).isEmpty();
        assertThat(bob.valuesAt(7)).as("until the server's values are here").isEqualTo(RAINY);
        bobPort.up();
        deliver(bob);

        assertThat(bob.valuesAt(7)).isEqualTo(CLEAR);
        assertThat(bobSaw.others).containsExactly(new RowRange(7, 7));
        assertThat(bob.labels()).isEqualTo(fixture.service.queries().labels());
        assertThat(alice.labels()).isEqualTo(fixture.service.queries().labels());
    }

    @Test
    void resolvingAnEditThatIsNotInConflictNamesItsRows() throws Exception {
        openBoth();
        TagChange never = TagChange.ofRow(2, CLEAR);

        assertThatThrownBy(() -> bob.reapply(never)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no edit of rows 2..2 is waiting for a decision (it was not refused as a conflict,"
                        + " or was already re-applied or dropped)");
        assertThatThrownBy(() -> bob.drop(never)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("no edit of rows 2..2");
    }

    @Test
    void ownEditsOfTheSameRowsInQuickSuccessionAreNoConflictWithEachOther() throws Exception {
        openBoth();
        CountDownLatch disconnected = awaitState(bob, ConnectionState.DISCONNECTED);
        bobPort.down();
        bob.goToFrame(3);
        bob.chooseTag(0);
        bob.undo();
        bob.redo();
        bob.labelFrames(3, 4, FOGGY);
        bob.goToFrame(3);
        bob.chooseTag(1);
        assertThat(disconnected.await(10, TimeUnit.SECONDS)).isTrue();

        bobPort.up();
        deliver(bob);
        deliver(alice);

        assertThat(bobSaw.conflicts).isEmpty();
        assertThat(fixture.service.queries().labels().value(6, 1)).isEqualTo(TRUE);
        assertThat(bob.labels()).isEqualTo(fixture.service.queries().labels());
        assertThat(alice.labels()).isEqualTo(fixture.service.queries().labels());
    }

    @Test
    void afterAReconnectOthersEditsShowWhileRowsWithQueuedEditsKeepTheLocalValues() throws Exception {
        openBoth();
        CountDownLatch disconnected = awaitState(bob, ConnectionState.DISCONNECTED);
        bobPort.down();
        alice.goToFrame(6);
        alice.chooseTag(2);
        alice.goToFrame(3);
        alice.chooseTag(1);
        deliver(alice);

        bob.goToFrame(5);
        bob.chooseTag(0);
        bob.goToFrame(3);
        bob.chooseTag(0);
        assertThat(disconnected.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(bob.valuesAt(9)).as("pushes are lost while down").containsOnly(UNSET);

        bobPort.up();
        deliver(bob);

        assertThat(bob.valuesAt(9)).isEqualTo(FOGGY);
        assertThat(bob.valuesAt(8)).isEqualTo(CLEAR);
        assertThat(bob.valuesAt(6)).as("bob's queued edit of row 6 stays, as a conflict").isEqualTo(CLEAR);
        assertThat(bobSaw.others).containsExactly(new RowRange(9, 9));
        assertThat(bob.conflicts()).containsExactly(TagChange.ofRow(6, CLEAR));

        bob.drop(TagChange.ofRow(6, CLEAR));
        deliver(bob);
        deliver(alice);
        assertThat(bob.valuesAt(6)).isEqualTo(RAINY);
        assertThat(bob.labels()).isEqualTo(fixture.service.queries().labels());
        assertThat(alice.labels()).isEqualTo(fixture.service.queries().labels());
    }

    @Test
    void aV1ServerKeepsLastWriterWinsWithoutLiveChanges() throws Exception {
        alice = openOn(alicePort);
        bob = openOn(fixture.server);
        bob.addListener(bobSaw);

        alice.goToFrame(3);
        alice.markImageNone();
        deliver(alice);
        deliver(bob);
        assertThat(bob.valuesAt(6)).as("a v1 client sees others' labels only after reopening").containsOnly(UNSET);

        bob.goToFrame(3);
        bob.chooseTag(2);
        deliver(bob);
        deliver(alice);

        assertThat(fixture.server.changes()).containsExactly(TagChange.ofRow(6, FOGGY));
        assertThat(fixture.service.queries().labels().value(6, 2)).isEqualTo(TRUE);
        assertThat(alice.valuesAt(6)).as("a live client still sees the v1 client's edits").isEqualTo(FOGGY);
        assertThat(bobSaw.others).isEmpty();
        assertThat(bobSaw.conflicts).isEmpty();
        assertThat(bob.conflicts()).isEmpty();
        assertThatThrownBy(() -> bob.reapply(TagChange.ofRow(6, FOGGY)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no edit of rows 6..6 is waiting for a decision: this server does not report conflicts");
    }

    /** Alice sets row 7 Clear; bob, not yet having heard of it, sets it Rainy: a conflict. */
    private TagChange conflictOnRow7() throws Exception {
        bobPort.holdPushes();
        alice.goToFrame(4);
        alice.chooseTag(0);
        deliver(alice);
        bob.goToFrame(4);
        bob.chooseTag(1);
        deliver(bob);
        assertThat(bob.conflicts()).hasSize(1);
        return bob.conflicts().get(0);
    }

    private static CountDownLatch awaitState(LabellingSession session, ConnectionState wanted) {
        CountDownLatch reached = new CountDownLatch(1);
        session.addListener(new SessionListener() {
            @Override
            public void connectionChanged(ConnectionState state, int pendingEdits) {
                if (state == wanted) {
                    reached.countDown();
                }
            }
        });
        return reached;
    }

    /** What the background threads told one session's UI. */
    private static final class Recorder implements SessionListener {
        final List<RowRange> others = new CopyOnWriteArrayList<>();
        final List<TagChange> conflicts = new CopyOnWriteArrayList<>();
        final List<String> conflictMessages = new CopyOnWriteArrayList<>();

        @Override
        public void labelsChangedByOthers(int first, int last) {
            others.add(new RowRange(first, last));
        }

        @Override
        public void editConflicted(TagChange change, String message) {
            conflicts.add(change);
            conflictMessages.add(message);
        }
    }
}
