package dev.fitt.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.Guice;
import dev.fitt.adapters.socket.ClientConfig;
import dev.fitt.adapters.socket.SocketAdapter;
import dev.fitt.client.port.in.LabellingSession;
import dev.fitt.client.service.ClientCore;
import dev.fitt.client.service.NoTeamWork;
import dev.fitt.client.service.SessionSettings;
import dev.fitt.bootstrap.server.RunningTaggingServer;
import dev.fitt.bootstrap.server.ServerApplication;
import dev.fitt.bootstrap.server.ServerModules;
import dev.fitt.bootstrap.settings.ServerSettings;
import dev.fitt.domain.LabelsSnapshot;
import dev.fitt.domain.TagChange;
import dev.fitt.domain.TagValue;
import dev.fitt.domain.VersionedLabels;
import dev.fitt.ports.ChangeConflictException;
import dev.fitt.ports.ChangeRejectedException;
import dev.fitt.client.port.in.ConnectionState;
import dev.fitt.client.port.in.SessionListener;
import dev.fitt.client.port.out.TaggingServerPort;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two annotators and a server that goes away and comes back on the same port, once stopped and
 * started in this JVM and once as a process killed with SIGKILL (every bit of its memory lost):
 * the annotator who did nothing meanwhile is told the connection went and came back, and then
 * shows what the other did meanwhile; an edit based on what the earlier run showed is a conflict,
 * never a silent overwrite.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ServerRestartEndToEndTest {
    private static final List<TagValue> ALL_TRUE = List.of(TagValue.TRUE, TagValue.TRUE, TagValue.TRUE);
    private static final List<TagValue> ALL_FALSE = List.of(TagValue.FALSE, TagValue.FALSE, TagValue.FALSE);

    @TempDir
    Path dir;

    private RunningTaggingServer start(ServerSettings settings) throws Exception {
        return Guice.createInjector(ServerModules.from(settings, dir)).getInstance(ServerApplication.class).start();
    }

    private static LabellingSession open(int port) throws Exception {
        ClientConfig config = ClientConfig.of("127.0.0.1", port, Duration.ofSeconds(2));
        return ClientCore.open(SocketAdapter.connect(config), SessionSettings.of(false, 0), new NoTeamWork());
    }

    @Test
    void anIdleAnnotatorNoticesAStoppedAndRestartedServerAndShowsWhatOthersDidMeanwhile() throws Exception {
        GroupedDataset data = GroupedDataset.write(dir, 2, 3);
        RunningTaggingServer server = start(data.settings());
        int port = server.address().getPort();
        ServerSettings samePort = new ServerSettings("127.0.0.1", port, data.dataCsv, data.saveDir, data.metaCsv,
                false, data.settings().tuning());
        LabellingSession alice = open(port);
        LabellingSession bob = open(port);
        StateLog bobStates = new StateLog();
        bob.events().addListener(bobStates);
        try {
            alice.choices().chooseTag(0);
            assertThat(alice.saveAndClose().awaitDelivery(Duration.ofSeconds(10))).isTrue();
            RunningTaggingServer first = server;
            awaitTrue(() -> bob.state().labels().equals(first.core().queries().labels()), "bob shows alice's first edit");

            server.close();
            server = start(samePort);
            alice.navigation().nextFrame();
            alice.choices().markFrameNone();
            assertThat(alice.saveAndClose().awaitDelivery(Duration.ofSeconds(30))).as("alice's edit delivered").isTrue();
            assertThat(alice.conflicts().undecided()).as("alice edited after seeing the restarted server's labels").isEmpty();

            RunningTaggingServer second = server;
            LabelsSnapshot onServer = second.core().queries().labels();
            assertThat(onServer.isLabelled(3)).isTrue();
            awaitTrue(() -> bob.state().labels().equals(second.core().queries().labels()),
                    "bob, idle through the restart, shows alice's edit made after it");
            awaitTrue(() -> bobStates.saw(ConnectionState.DISCONNECTED, ConnectionState.CONNECTED),
                    "bob's connection state went to disconnected and back, " + bobStates.states);
            assertThat(bob.state().connectionState()).isEqualTo(ConnectionState.CONNECTED);
        } finally {
            alice.saveAndClose().close(Duration.ofSeconds(5));
            bob.saveAndClose().close(Duration.ofSeconds(5));
            server.close();
        }
    }

    @Test
    void anIdleAnnotatorCatchesUpWithAServerProcessKilledAndStartedAgain() throws Exception {
        GroupedDataset data = GroupedDataset.write(dir.resolve("data"), 2, 3);
        Path settings = ServerProcess.writeSettings(dir, data, 0);
        ServerProcess server = ServerProcess.start(settings, dir);
        int port = server.address().getPort();
        pinPort(settings, port);
        LabellingSession alice = open(port);
        LabellingSession bob = open(port);
        StateLog bobStates = new StateLog();
        bob.events().addListener(bobStates);
        try {
            alice.choices().chooseTag(0);
            assertThat(alice.saveAndClose().awaitDelivery(Duration.ofSeconds(10))).isTrue();
            awaitTrue(() -> bob.state().labels().equals(alice.state().labels()), "bob shows alice's first edit");

            server.kill();
            server = ServerProcess.start(settings, dir);
            alice.navigation().nextFrame();
            alice.choices().markFrameNone();
            assertThat(alice.saveAndClose().awaitDelivery(Duration.ofSeconds(30))).as("alice's edit delivered").isTrue();
            assertThat(alice.conflicts().undecided()).isEmpty();
            assertThat(alice.state().labels().isLabelled(3)).isTrue();

            awaitTrue(() -> bob.state().labels().equals(alice.state().labels()),
                    "bob, idle through the kill and restart, shows alice's edit made after it");
            awaitTrue(() -> bobStates.saw(ConnectionState.DISCONNECTED, ConnectionState.CONNECTED),
                    "bob's connection state went to disconnected and back, " + bobStates.states);
        } finally {
            alice.saveAndClose().close(Duration.ofSeconds(5));
            bob.saveAndClose().close(Duration.ofSeconds(5));
            server.close();
        }
    }

    @Test
    void anEditBasedOnWhatAKilledRunShowedIsAConflictAndABasisNeverIssuedIsRefused() throws Exception {
        GroupedDataset data = GroupedDataset.write(dir.resolve("data"), 2, 3);
        Path settings = ServerProcess.writeSettings(dir, data, 0);
        ServerProcess server = ServerProcess.start(settings, dir);
        int port = server.address().getPort();
        pinPort(settings, port);
        ClientConfig config = ClientConfig.of("127.0.0.1", port, Duration.ofSeconds(2));
        try (TaggingServerPort alice = SocketAdapter.connect(config);
                TaggingServerPort bob = SocketAdapter.connect(config)) {
            alice.tag(TagChange.ofRow(4, ALL_TRUE));
            alice.tag(TagChange.ofRow(5, ALL_TRUE));
            alice.save();                               // the journal now starts after these two
            long bobSaw = bob.fetchVersionedLabels().version();
            alice.tagIfCurrent(TagChange.ofRow(0, ALL_TRUE), alice.fetchVersionedLabels().version());

            server.kill();
            server = ServerProcess.start(settings, dir);

            // Bob's basis predates alice's acknowledged edit: after the restart that is still a conflict.
            assertThatThrownBy(() -> bob.tagIfCurrent(TagChange.ofRow(0, ALL_FALSE), bobSaw))
                    .isInstanceOf(ChangeConflictException.class);
            VersionedLabels now = bob.fetchVersionedLabels();
            assertThat(now.labels().value(0, 0)).as("alice's edit stands").isEqualTo(TagValue.TRUE);
            assertThatThrownBy(() -> bob.tagIfCurrent(TagChange.ofRow(1, ALL_FALSE), now.version() + 1000))
                    .isInstanceOf(ChangeRejectedException.class)
                    .hasMessageContaining("newer than any version");
            assertThat(bob.fetchVersionedLabels().labels().isLabelled(1)).isFalse();
            long applied = bob.tagIfCurrent(TagChange.ofRow(1, ALL_FALSE), now.version());
            assertThat(applied).isGreaterThan(now.version());
        } finally {
            server.close();
        }
    }

    private static void pinPort(Path settings, int port) throws Exception {
        Files.writeString(settings, Files.readString(settings).replace("\"port\": 0", "\"port\": " + port));
    }

    private static void awaitTrue(Supplier<Boolean> condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.get() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(condition.get()).as(what).isTrue();
    }

    /** The connection states a session reported, in order. */
    private static final class StateLog implements SessionListener {
        final List<ConnectionState> states = new CopyOnWriteArrayList<>();

        @Override
        public void connectionChanged(ConnectionState state, int pendingEdits) {
            states.add(state);
        }

        boolean saw(ConnectionState first, ConnectionState then) {
            int at = states.indexOf(first);
            return at >= 0 && states.subList(at, states.size()).contains(then);
        }
    }
}
