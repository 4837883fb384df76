package dev.fitt.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

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
import dev.fitt.client.port.in.ConnectionState;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client core over a real TCP connection to a real server that is stopped and started again:
 * edits made while it is down are queued and arrive, in order, once it is back.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class ReconnectEndToEndTest {
    @TempDir
    Path dir;

    private RunningTaggingServer start(ServerSettings settings) throws Exception {
        return Guice.createInjector(ServerModules.from(settings, dir)).getInstance(ServerApplication.class).start();
    }

    @Test
    void editsMadeWhileTheServerIsDownArriveAfterItRestarts() throws Exception {
        GroupedDataset data = GroupedDataset.write(dir, 2, 3);
        RunningTaggingServer server = start(data.settings());
        int port = server.address().getPort();
        ServerSettings samePort = new ServerSettings("127.0.0.1", port, data.dataCsv, data.saveDir, data.metaCsv,
                false, data.settings().tuning());
        ClientConfig config = ClientConfig.of("127.0.0.1", port, Duration.ofSeconds(2));
        LabellingSession session = ClientCore.open(SocketAdapter.connect(config), SessionSettings.of(false, 0),
                new NoTeamWork());
        try {
            session.choices().chooseTag(0);                      // frame 1, camera 1; camera 2 is active next
            assertThat(session.saveAndClose().awaitDelivery(Duration.ofSeconds(10))).isTrue();

            server.close();                             // the server goes away (and saves)
            session.choices().chooseTag(1);                      // frame 1, camera 2: queued
            session.navigation().nextFrame();
            session.choices().markFrameNone();                   // frame 2: queued
            awaitState(session, ConnectionState.DISCONNECTED);
            assertThat(session.state().pendingEdits()).isGreaterThanOrEqualTo(2);

            server = start(samePort);                  // back on the same port
            assertThat(session.saveAndClose().awaitDelivery(Duration.ofSeconds(30))).as("queued edits delivered").isTrue();

            LabelsSnapshot onServer = server.core().queries().labels();
            assertThat(onServer).isEqualTo(session.state().labels());
            assertThat(onServer.isLabelled(1)).isTrue();
            assertThat(onServer.isLabelled(5)).isTrue();
            assertThat(onServer.isLabelled(6)).isFalse();
        } finally {
            session.saveAndClose().close(Duration.ofSeconds(5));
            server.close();
        }
    }

    private static void awaitState(LabellingSession session, ConnectionState wanted) throws InterruptedException {
        for (int i = 0; i < 500 && session.state().connectionState() != wanted; i++) {
            Thread.sleep(20);
        }
        assertThat(session.state().connectionState()).isEqualTo(wanted);
    }
}
