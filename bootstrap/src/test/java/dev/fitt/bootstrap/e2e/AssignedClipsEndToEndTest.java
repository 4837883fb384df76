package dev.fitt.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import dev.fitt.adapters.socket.ClientConfig;
import dev.fitt.adapters.socket.SocketAdapter;
import dev.fitt.bootstrap.server.RunningTaggingServer;
import dev.fitt.bootstrap.server.ServerApplication;
import dev.fitt.bootstrap.server.ServerModules;
import dev.fitt.bootstrap.settings.ServerSettings;
import dev.fitt.client.port.in.ConnectionState;
import dev.fitt.client.port.in.LabellingSession;
import dev.fitt.client.port.out.TaggingServerPort;
import dev.fitt.client.service.ClientCore;
import dev.fitt.client.service.FakeTeamWork;
import dev.fitt.client.service.SessionSettings;
import dev.fitt.domain.AssignedClips;
import dev.fitt.domain.ClipSelection;
import dev.fitt.domain.LabelsSnapshot;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client core over a real TCP connection to a real server, walking the clips assigned to its
 * annotator: assigned through the server's use case and told by extension {@code 1F}
 * ({@link #twoAnnotatorsAgainstARealServerWithRealAssignments}); one test keeps an in-memory team
 * port beside the real connection to change the assignments while the server is down.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class AssignedClipsEndToEndTest {
    /** Four clips of three frames, three cameras each: frames 0-2, 3-5, 6-8, 9-11. */
    private static final int CLIPS = 4;
    private static final int FRAMES = 3;

    @TempDir
    Path dir;

    private RunningTaggingServer start(ServerSettings settings) throws Exception {
        return Guice.createInjector(ServerModules.from(settings, dir)).getInstance(ServerApplication.class).start();
    }

    @Test
    void aServerThatTellsNoAssignmentsIsWalkedAsBefore() throws Exception {
        GroupedDataset data = GroupedDataset.write(dir, CLIPS, FRAMES);
        try (RunningTaggingServer server = start(data.settings())) {
            TaggingServerPort gateway = SocketAdapter.connect(ClientConfig.of("127.0.0.1", server.address().getPort(),
                    Duration.ofSeconds(5)));
            LabellingSession session = ClientCore.open(gateway, SessionSettings.of(false, 0),
                    SocketAdapter.teamWork(gateway));
            try {
                assertThat(session.myClips().assigned()).isEqualTo(AssignedClips.NONE);
                assertThat(session.myClips().walkingMyClips()).isFalse();
                assertThat(session.myClips().walkSize()).isEqualTo(CLIPS * FRAMES);
                assertThat(session.navigation().frameNumber()).isZero();
            } finally {
                session.saveAndClose().close(Duration.ofSeconds(5));
            }
        }
    }

    @Test
    void yourClipsAreWalkedOtherFramesCanBeTaggedAndNewAssignmentsComeAfterARestart() throws Exception {
        GroupedDataset data = GroupedDataset.write(dir, CLIPS, FRAMES);
        RunningTaggingServer server = start(data.settings());
        int port = server.address().getPort();
        ServerSettings samePort = new ServerSettings("127.0.0.1", port, data.dataCsv, data.saveDir, data.metaCsv,
                false, data.settings().tuning());
        FakeTeamWork team = new FakeTeamWork(new AssignedClips(true, List.of(1, 3)));
        LabellingSession session = ClientCore.open(SocketAdapter.connect(ClientConfig.of("127.0.0.1", port,
                Duration.ofSeconds(2))), SessionSettings.of(false, 0), team);
        try {
            assertThat(session.navigation().frameNumber()).as("starts at your first clip").isEqualTo(3);
            session.navigation().goToFrame(5);
            session.choices().markFrameNone();                       // frame 5, then on to your next clip
            assertThat(session.navigation().frameNumber()).isEqualTo(9);
            assertThat(session.myClips().walkProgress().labelled()).isEqualTo(1);

            session.navigation().goToFrame(7);                       // clip 3 is not yours
            assertThat(session.myClips().isOutsideMyClips(7)).isTrue();
            session.choices().markFrameNone();
            assertThat(session.saveAndClose().awaitDelivery(Duration.ofSeconds(10))).isTrue();
            LabelsSnapshot onServer = server.core().queries().labels();
            assertThat(onServer.isLabelled(5 * 3)).as("your frame on the server").isTrue();
            assertThat(onServer.isLabelled(7 * 3 + 2)).as("the frame outside your clips too").isTrue();

            session.navigation().goToNextUnlabelledFrame();
            assertThat(session.navigation().frameNumber()).as("U goes on in your clips").isEqualTo(10);

            team.assign(new AssignedClips(true, List.of(0)));      // the lead changes them while it is down
            server.close();
            awaitState(session, ConnectionState.DISCONNECTED);
            server = start(samePort);
            for (int i = 0; i < 500 && !session.myClips().walkClips().equals(List.of(0)); i++) {
                Thread.sleep(20);
            }
            assertThat(session.myClips().walkClips()).as("asked again after the reconnect").containsExactly(0);
            assertThat(team.timesAsked()).isGreaterThanOrEqualTo(2);
        } finally {
            session.saveAndClose().close(Duration.ofSeconds(5));
            server.close();
        }
    }

    @Test
    void twoAnnotatorsAgainstARealServerWithRealAssignments() throws Exception {
        GroupedDataset data = GroupedDataset.write(dir, CLIPS, FRAMES);
        RunningTaggingServer server = start(data.settings());
        int port = server.address().getPort();
        ServerSettings samePort = new ServerSettings("127.0.0.1", port, data.dataCsv, data.saveDir, data.metaCsv,
                false, data.settings().tuning());
        // The lead assigns clips 2 and 4 (as the client numbers them) to Ana, nothing to Bob.
        server.core().assignments().assign("Ana", new ClipSelection(List.of(new ClipSelection.Range(2, 2),
                new ClipSelection.Range(4, 4)), List.of()), false);
        LabellingSession ana = open(port, "Ana");
        LabellingSession bob = open(port, "Bob");
        try {
            assertThat(ana.myClips().walkClips()).as("Ana walks her clips").containsExactly(1, 3);
            assertThat(ana.navigation().frameNumber()).as("starts at her first clip").isEqualTo(3);
            ana.choices().markFrameNone();
            ana.navigation().goToNextUnlabelledFrame();
            assertThat(ana.navigation().frameNumber()).as("U stays in her clips").isEqualTo(5);
            assertThat(ana.myClips().walkProgress().labelled()).isEqualTo(1);
            assertThat(ana.myClips().walkProgress().total()).isEqualTo(2 * FRAMES);

            assertThat(bob.myClips().assigned().datasetHasAssignments()).isTrue();
            assertThat(bob.myClips().assigned().clips()).as("nothing assigned to Bob").isEmpty();
            assertThat(bob.myClips().walkingMyClips()).isFalse();
            assertThat(bob.myClips().walkSize()).as("Bob sees every clip").isEqualTo(CLIPS * FRAMES);

            // The lead takes Ana's clips back while the server is down; her client asks again on reconnect.
            server.core().assignments().unassign("Ana", Optional.empty());
            server.close();
            awaitState(ana, ConnectionState.DISCONNECTED);
            server = start(samePort);
            for (int i = 0; i < 500 && ana.myClips().assigned().datasetHasAssignments(); i++) {
                Thread.sleep(20);
            }
            assertThat(ana.myClips().assigned()).as("asked again after the reconnect").isEqualTo(AssignedClips.NONE);
            assertThat(ana.myClips().walkSize()).isEqualTo(CLIPS * FRAMES);
            assertThat(ana.saveAndClose().awaitDelivery(Duration.ofSeconds(10))).isTrue();
            assertThat(server.core().queries().labels().isLabelled(3 * 3)).as("her frame reached the server").isTrue();
        } finally {
            ana.saveAndClose().close(Duration.ofSeconds(5));
            bob.saveAndClose().close(Duration.ofSeconds(5));
            server.close();
        }
    }

    private static LabellingSession open(int port, String annotator) throws Exception {
        TaggingServerPort gateway = SocketAdapter.connect(ClientConfig.of("127.0.0.1", port, Duration.ofSeconds(2))
                .withAnnotator(annotator));
        return ClientCore.open(gateway, SessionSettings.of(false, 0), SocketAdapter.teamWork(gateway));
    }

    private static void awaitState(LabellingSession session, ConnectionState wanted) throws InterruptedException {
        for (int i = 0; i < 500 && session.state().connectionState() != wanted; i++) {
            Thread.sleep(20);
        }
        assertThat(session.state().connectionState()).isEqualTo(wanted);
    }
}
