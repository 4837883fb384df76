package dev.fitt.client.service;

import static dev.fitt.client.service.ClientFixture.deliver;
import static dev.fitt.client.service.ClientFixture.openOn;
import static dev.fitt.domain.TagValue.FALSE;
import static dev.fitt.domain.TagValue.TRUE;
import static dev.fitt.domain.TagValue.UNSET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fitt.client.port.in.LabellingSession;
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
                session.saveAndClose().close(Duration.ofSeconds(5));
            }
        }
    }

    private void openBoth() throws Exception {
        alice = openOn(alicePort);
        alice.events().addListener(aliceSaw);
        bob = openOn(bobPort);
        bob.events().addListener(bobSaw);
    }

    @Test
    void aliceEditShowsInBobsSessionWithCountersAndAnEvent() throws Exception {
        openBoth();

        alice.navigation().goToFrame(3);
        alice.choices().markImageNone();
        deliver(alice);
        deliver(bob);

        assertThat(bob.state().valuesAt(6)).isEqualTo(NONE);
        assertThat(bob.state().isFrameLabelled(3)).isTrue();
        assertThat(bob.state().datasetProgress()).isEqualTo(new Progress(1, 7));
        assertThat(bobSaw.others).containsExactly(new RowRange(6, 6));
        assertThat(aliceSaw.others).isEmpty();
    }

    @Test
    void aliceLabellingAClipUpdatesBobsClipCounter() throws Exception {
        openBoth();

        alice.massLabelling().labelClip(RAINY);
        deliver(alice);
        deliver(bob);

        assertThat(bob.state().currentClip().begin()).isZero();
        assertThat(bob.state().clipProgress()).isEqualTo(new Progress(3, 3));
        assertThat(bobSaw.others).containsExactly(new RowRange(0, 5));
        assertThat(bob.state().labels()).isEqualTo(fixture.service.queries().labels());
    }

    @Test
    void theLaterOfTwoConcurrentEditsOfARowIsAConflictAndKeepsItsLocalValue() throws Exception {
        openBoth();
        bobPort.holdPushes();
        alice.navigation().goToFrame(4);
        alice.choices().chooseTag(0);
        deliver(alice);

        bob.navigation().goToFrame(4);
        bob.choices().chooseTag(1);
        deliver(bob);

        TagChange bobs = TagChange.ofRow(7, RAINY);
        assertThat(bobSaw.conflicts).containsExactly(bobs);
        assertThat(bobSaw.conflictMessages).containsExactly(
                "rows 7..7 were changed by someone else (version 1, your edit was based on 0)");
        assertThat(bob.conflicts().undecided()).containsExactly(bobs);
        assertThat(bob.state().pendingEdits()).isZero();

        bobPort.releasePushes();
        deliver(bob);
        assertThat(bob.state().valuesAt(7)).as("alice's value stays hidden behind bob's undecided edit").isEqualTo(RAINY);
        assertThat(bobSaw.others).isEmpty();
        assertThat(fixture.service.queries().labels().value(7, 0)).isEqualTo(TRUE);
    }

    @Test
    void aConflictedRowNamesWhoChoseTheServersValueOnceTheirPushArrived() throws Exception {
        openBoth();
        conflictOnRow7();

        bobPort.releasePushes();
        deliver(bob);

        assertThat(bob.state().serverValuesAt(7)).isEqualTo(CLEAR);
        assertThat(bob.state().serverAuthorAt(7)).isEqualTo("alice");
        assertThat(bob.state().serverAuthorAt(6)).as("nobody changed row 6").isEmpty();
        assertThat(alice.state().serverAuthorAt(7)).as("alice's own change names nobody").isEmpty();
    }

    @Test
    void reapplyingAConflictSendsItOnTheCurrentVersionAndEveryoneConverges() throws Exception {
        openBoth();
        TagChange bobs = conflictOnRow7();
        bobPort.releasePushes();
        deliver(bob);

        bob.conflicts().reapply(bobs);
        deliver(bob);
        deliver(alice);

        assertThat(bob.conflicts().undecided()).isEmpty();
        assertThat(bobSaw.conflicts).hasSize(1);
        assertThat(fixture.service.queries().labels().value(7, 1)).isEqualTo(TRUE);
        assertThat(alice.state().valuesAt(7)).isEqualTo(RAINY);
        assertThat(aliceSaw.others).containsExactly(new RowRange(7, 7));
        assertThat(alice.state().labels()).isEqualTo(fixture.service.queries().labels());
        assertThat(bob.state().labels()).isEqualTo(fixture.service.queries().labels());
    }

    @Test
    void droppingAConflictTakesTheServersValuesEvenWhenThePushWasLost() throws Exception {
        openBoth();
        TagChange bobs = conflictOnRow7();

        bobPort.down();
        bob.conflicts().drop(bobs);
        assertThat(bob.conflicts().undecided()).isEmpty();
        assertThat(bob.state().valuesAt(7)).as("until the server's values are here").isEqualTo(RAINY);
        bobPort.up();
        deliver(bob);

        assertThat(bob.state().valuesAt(7)).isEqualTo(CLEAR);
        assertThat(bobSaw.others).containsExactly(new RowRange(7, 7));
        assertThat(bob.state().labels()).isEqualTo(fixture.service.queries().labels());
        assertThat(alice.state().labels()).isEqualTo(fixture.service.queries().labels());
    }

    @Test
    void resolvingAnEditThatIsNotInConflictNamesItsRows() throws Exception {
        openBoth();
        TagChange never = TagChange.ofRow(2, CLEAR);

        assertThatThrownBy(() -> bob.conflicts().reapply(never)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no edit of rows 2..2 is waiting for a decision (it was not refused as a conflict,"
                        + " or was already re-applied or dropped)");
        assertThatThrownBy(() -> bob.conflicts().drop(never)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("no edit of rows 2..2");
    }

    @Test
    void ownEditsOfTheSameRowsInQuickSuccessionAreNoConflictWithEachOther() throws Exception {
        openBoth();
        CountDownLatch disconnected = awaitState(bob, ConnectionState.DISCONNECTED);
        bobPort.down();
        bob.navigation().goToFrame(3);
        bob.choices().chooseTag(0);
        bob.history().undo();
        bob.history().redo();
        bob.massLabelling().labelFrames(3, 4, FOGGY);
        bob.navigation().goToFrame(3);
        bob.choices().chooseTag(1);
        assertThat(disconnected.await(10, TimeUnit.SECONDS)).isTrue();

        bobPort.up();
        deliver(bob);
        deliver(alice);

        assertThat(bobSaw.conflicts).isEmpty();
        assertThat(fixture.service.queries().labels().value(6, 1)).isEqualTo(TRUE);
        assertThat(bob.state().labels()).isEqualTo(fixture.service.queries().labels());
        assertThat(alice.state().labels()).isEqualTo(fixture.service.queries().labels());
    }

    @Test
    void afterAReconnectOthersEditsShowWhileRowsWithQueuedEditsKeepTheLocalValues() throws Exception {
        openBoth();
        CountDownLatch disconnected = awaitState(bob, ConnectionState.DISCONNECTED);
        bobPort.down();
        alice.navigation().goToFrame(6);
        alice.choices().chooseTag(2);
        alice.navigation().goToFrame(3);
        alice.choices().chooseTag(1);
        deliver(alice);

        bob.navigation().goToFrame(5);
        bob.choices().chooseTag(0);
        bob.navigation().goToFrame(3);
        bob.choices().chooseTag(0);
        assertThat(disconnected.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(bob.state().valuesAt(9)).as("pushes are lost while down").containsOnly(UNSET);

        bobPort.up();
        deliver(bob);

        assertThat(bob.state().valuesAt(9)).isEqualTo(FOGGY);
        assertThat(bob.state().valuesAt(8)).isEqualTo(CLEAR);
        assertThat(bob.state().valuesAt(6)).as("bob's queued edit of row 6 stays, as a conflict").isEqualTo(CLEAR);
        assertThat(bobSaw.others).containsExactly(new RowRange(9, 9));
        assertThat(bob.conflicts().undecided()).containsExactly(TagChange.ofRow(6, CLEAR));

        bob.conflicts().drop(TagChange.ofRow(6, CLEAR));
        deliver(bob);
        deliver(alice);
        assertThat(bob.state().valuesAt(6)).isEqualTo(RAINY);
        assertThat(bob.state().labels()).isEqualTo(fixture.service.queries().labels());
        assertThat(alice.state().labels()).isEqualTo(fixture.service.queries().labels());
    }

    @Test
    void aV1ServerKeepsLastWriterWinsWithoutLiveChanges() throws Exception {
        alice = openOn(alicePort);
        bob = openOn(fixture.server);
        bob.events().addListener(bobSaw);

        alice.navigation().goToFrame(3);
        alice.choices().markImageNone();
        deliver(alice);
        deliver(bob);
        assertThat(bob.state().valuesAt(6)).as("a v1 client sees others' labels only after reopening").containsOnly(UNSET);

        bob.navigation().goToFrame(3);
        bob.choices().chooseTag(2);
        deliver(bob);
        deliver(alice);

        assertThat(fixture.server.changes()).containsExactly(TagChange.ofRow(6, FOGGY));
        assertThat(fixture.service.queries().labels().value(6, 2)).isEqualTo(TRUE);
        assertThat(alice.state().valuesAt(6)).as("a live client still sees the v1 client's edits").isEqualTo(FOGGY);
        assertThat(bobSaw.others).isEmpty();
        assertThat(bobSaw.conflicts).isEmpty();
        assertThat(bob.conflicts().undecided()).isEmpty();
        assertThatThrownBy(() -> bob.conflicts().reapply(TagChange.ofRow(6, FOGGY)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no edit of rows 6..6 is waiting for a decision: this server does not report conflicts");
    }

    /** Alice sets row 7 Clear; bob, not yet having heard of it, sets it Rainy: a conflict. */
    private TagChange conflictOnRow7() throws Exception {
        bobPort.holdPushes();
        alice.navigation().goToFrame(4);
        alice.choices().chooseTag(0);
        deliver(alice);
        bob.navigation().goToFrame(4);
        bob.choices().chooseTag(1);
        deliver(bob);
        assertThat(bob.conflicts().undecided()).hasSize(1);
        return bob.conflicts().undecided().get(0);
    }

    private static CountDownLatch awaitState(LabellingSession session, ConnectionState wanted) {
        CountDownLatch reached = new CountDownLatch(1);
        session.events().addListener(new SessionListener() {
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
