package dev.fitt.client.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fitt.client.port.in.ConnectionState;
import dev.fitt.client.port.in.LabellingSession;
import dev.fitt.client.port.in.SessionListener;
import dev.fitt.client.port.out.TaggingServerPort;
import dev.fitt.domain.AssignedClips;
import dev.fitt.domain.ImageRows;
import dev.fitt.domain.LabelsSnapshot;
import dev.fitt.domain.Tag;
import dev.fitt.domain.TagSet;
import dev.fitt.domain.labelling.Progress;
import dev.fitt.ports.ImageContent;
import dev.fitt.server.port.out.StoredDataset;
import dev.fitt.server.service.InProcessTaggingServer;
import dev.fitt.server.service.NoJournal;
import dev.fitt.server.service.ServerCore;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * With clips assigned to the annotator, the arrows, U, the slider's walk and the progress count go
 * through those clips only, Ctrl+M's toggle shows all, and other frames can still be tagged; an
 * unassigned dataset or a server without team work works exactly as before. Assignments come when
 * the session opens and again after a reconnect, never on the caller's thread after opening.
 * Dataset: four one-camera clips of three frames each (frames 0-2, 3-5, 6-8, 9-11), one tag.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class MyClipsTest {
    private final ServerCore core = ServerCore.of(dataset(), labels -> { }, path ->
            new ImageContent(path.getBytes(StandardCharsets.UTF_8)), new NoJournal());
    private final SwitchableServer server = new SwitchableServer(new InProcessTaggingServer(core));
    private LabellingSession session;

    @AfterEach
    void closeSession() {
        if (session != null) {
            session.saveAndClose().close(Duration.ofSeconds(5));
        }
    }

    @Test
    void withoutTeamWorkEveryClipIsWalkedAsBefore() throws Exception {
        session = open(server, new NoTeamWork());

        assertWalksEveryClip();
    }

    @Test
    void aDatasetWithoutAssignmentsIsWalkedAsBefore() throws Exception {
        FakeTeamWork team = new FakeTeamWork(AssignedClips.NONE);
        session = open(server, team);

        assertWalksEveryClip();
        assertThat(team.asked).hasValue(1);
    }

    @Test
    void theArrowsUAndTheProgressWalkTheAssignedClipsStartingAtTheFirst() throws Exception {
        session = open(server, new FakeTeamWork(new AssignedClips(true, List.of(1, 3))));

        assertThat(session.myClips().walkingMyClips()).isTrue();
        assertThat(session.navigation().frameNumber()).as("starts on the first frame of clip 2").isEqualTo(3);
        assertThat(session.myClips().walkSize()).isEqualTo(6);
        assertThat(session.myClips().frameAtWalkPosition(3)).isEqualTo(9);
        assertThat(session.myClips().walkPosition(9)).isEqualTo(3);
        assertThat(session.myClips().walkClips()).containsExactly(1, 3);
        assertThat(session.myClips().walkProgress()).isEqualTo(new Progress(0, 6));
        session.navigation().goToFrame(5);
        assertThat(session.navigation().nextFrame()).isTrue();
        assertThat(session.navigation().frameNumber()).as("Right steps over clip 3").isEqualTo(9);
        assertThat(session.navigation().previousFrame()).isTrue();
        assertThat(session.navigation().frameNumber()).isEqualTo(5);
        session.navigation().goToFrame(11);
        assertThat(session.navigation().nextFrame()).as("the last of your frames").isFalse();

        session.navigation().goToFrame(3);
        session.choices().chooseTag(0);  // frame 3 labelled; single selection moves on to frame 4
        assertThat(session.navigation().frameNumber()).isEqualTo(4);
        session.navigation().goToFrame(5);
        session.choices().chooseTag(0);
        assertThat(session.navigation().frameNumber()).as("labelling the clip's last frame moves to your next clip")
                .isEqualTo(9);
        assertThat(session.myClips().walkProgress()).isEqualTo(new Progress(2, 6));
        assertThat(session.state().datasetProgress()).as("the dataset's count stays the whole dataset's")
                .isEqualTo(new Progress(2, 12));
        List<Integer> visited = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            session.navigation().goToNextUnlabelledFrame();
            visited.add(session.navigation().frameNumber());
        }
        assertThat(visited).as("U goes round your unlabelled frames only").containsExactly(10, 11, 4, 9);
    }

    @Test
    void theToggleShowsEveryClipAndBack() throws Exception {
        session = open(server, new FakeTeamWork(new AssignedClips(true, List.of(1, 3))));
        List<String> told = new ArrayList<>();
        session.events().addListener(new SessionListener() {
            @Override
            public void myClipsChanged() {
                told.add("changed");
            }
        });

        assertThat(session.myClips().toggleMyClips()).isTrue();

        assertThat(session.myClips().walkingMyClips()).isFalse();
        assertThat(session.myClips().walkSize()).isEqualTo(12);
        assertThat(session.myClips().walkProgress()).isEqualTo(new Progress(0, 12));
        session.navigation().goToFrame(5);
        session.navigation().nextFrame();
        assertThat(session.navigation().frameNumber()).isEqualTo(6);
        assertThat(session.myClips().isOutsideMyClips(6)).as("still not one of yours, said in every mode").isTrue();
        assertThat(session.myClips().toggleMyClips()).isTrue();
        assertThat(session.myClips().walkingMyClips()).isTrue();
        assertThat(session.navigation().frameNumber()).as("the toggle does not move").isEqualTo(6);
        assertThat(told).hasSize(2);
    }

    @Test
    void aFrameOutsideYourClipsCanStillBeTagged() throws Exception {
        session = open(server, new FakeTeamWork(new AssignedClips(true, List.of(1, 3))));

        session.navigation().goToFrame(7);
        assertThat(session.myClips().isOutsideMyClips(7)).isTrue();
        assertThat(session.myClips().isOutsideMyClips(4)).isFalse();
        session.choices().chooseTag(0);
        ClientFixture.deliver(session);

        assertThat(core.queries().labels().code(7, 0)).as("the server has the label").isNotZero();
        assertThat(session.navigation().frameNumber()).as("and the next frame is your next one").isEqualTo(9);
    }

    @Test
    void aDatasetWithAssignmentsButNoneForYouShowsEveryClip() throws Exception {
        session = open(server, new FakeTeamWork(new AssignedClips(true, List.of())));

        assertWalksEveryClip();
        assertThat(session.myClips().assigned().datasetHasAssignments()).isTrue();
        assertThat(session.myClips().toggleMyClips()).as("nothing to toggle to").isFalse();
        assertThat(session.myClips().isOutsideMyClips(0)).as("nothing is yours: no frame is singled out").isFalse();
    }

    @Test
    void assignmentsTheServerCannotGiveLeaveTheSessionAsBefore() throws Exception {
        FakeTeamWork team = new FakeTeamWork(new AssignedClips(true, List.of(1)));
        team.unreachable(true);
        session = open(server, team);
        assertWalksEveryClip();
        session.saveAndClose().close(Duration.ofSeconds(5));

        FakeTeamWork older = new FakeTeamWork(new AssignedClips(true, List.of(1)));
        older.unsupported();  // a server that grants team work but not assignments (as this branch's TCP gateway)
        session = open(new SwitchableServer(new InProcessTaggingServer(core)), older);
        assertWalksEveryClip();
    }

    @Test
    void clipsTheDatasetDoesNotHaveAreLeftOut() throws Exception {
        session = open(server, new FakeTeamWork(new AssignedClips(true, List.of(2, 7))));

        assertThat(session.myClips().walkClips()).containsExactly(2);
    }

    @Test
    void assignmentsAreFetchedAgainAfterAReconnectInTheBackground() throws Exception {
        FakeTeamWork team = new FakeTeamWork(new AssignedClips(true, List.of(1)));
        session = open(server, team);
        CountDownLatch disconnected = new CountDownLatch(1);
        CountDownLatch changed = new CountDownLatch(1);
        session.events().addListener(new SessionListener() {
            @Override
            public void connectionChanged(ConnectionState state, int pendingEdits) {
                if (state == ConnectionState.DISCONNECTED) {
                    disconnected.countDown();
                }
            }

            @Override
            public void myClipsChanged() {
                changed.countDown();
            }
        });
        team.assign(new AssignedClips(true, List.of(0, 2)));
        team.holdAnswers();
        server.down();
        server.loseConnection();
        assertThat(disconnected.await(10, TimeUnit.SECONDS)).isTrue();
        server.up();

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (team.asked.get() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(team.asked).as("asked again once connected").hasValue(2);
        long before = System.nanoTime();
        assertThat(session.myClips().walkClips()).as("the old ones while the answer is on its way").containsExactly(1);
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - before)).as("the caller never waits for it")
                .isLessThan(5_000);
        team.release();
        assertThat(changed.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(session.myClips().walkClips()).containsExactly(0, 2);
        assertThat(session.navigation().frameNumber()).as("new assignments do not move the annotator").isEqualTo(3);
    }

    private void assertWalksEveryClip() {
        assertThat(session.myClips().walkingMyClips()).isFalse();
        assertThat(session.navigation().frameNumber()).isZero();
        assertThat(session.myClips().walkSize()).isEqualTo(12);
        assertThat(session.myClips().walkProgress()).isEqualTo(new Progress(0, 12));
        assertThat(session.myClips().isOutsideMyClips(7)).isFalse();
        session.navigation().goToFrame(2);
        session.navigation().nextFrame();
        assertThat(session.navigation().frameNumber()).isEqualTo(3);
        session.navigation().goToNextUnlabelledFrame();
        assertThat(session.navigation().frameNumber()).isEqualTo(4);
        session.navigation().goToFrame(0);
    }

    private static LabellingSession open(TaggingServerPort port, dev.fitt.client.port.out.TeamWorkPort team)
            throws Exception {
        return ClientCore.open(port, SessionSettings.of(false, 0), duration -> Thread.sleep(1), body -> {
            Thread thread = new Thread(body, "test-session-worker");
            thread.setDaemon(true);
            return thread;
        }, team);
    }

    private static StoredDataset dataset() {
        TagSet tags = new TagSet(List.of(new Tag("100", "Clear", "tag_code_100")));
        String[] clips = new String[12];
        String[] cameras = new String[12];
        String[] paths = new String[12];
        for (int row = 0; row < 12; row++) {
            clips[row] = "clip" + (row / 3);
            cameras[row] = "front";
            paths[row] = "f" + row + ".jpg";
        }
        return new StoredDataset(tags, new ImageRows(clips, cameras, paths), LabelsSnapshot.unset(12, 1), "test.csv",
                "out.csv");
    }
}
