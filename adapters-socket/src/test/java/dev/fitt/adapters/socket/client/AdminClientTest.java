package dev.fitt.adapters.socket.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fitt.adapters.socket.Administration;
import dev.fitt.adapters.socket.ClientConfig;
import dev.fitt.adapters.socket.RunningServer;
import dev.fitt.adapters.socket.SocketAdapter;
import dev.fitt.adapters.socket.SocketServerConfig;
import dev.fitt.adapters.socket.TestDataset;
import dev.fitt.client.port.out.ServerAdminPort;
import dev.fitt.client.port.out.ServerDataset;
import dev.fitt.ports.AdminRefusedException;
import dev.fitt.ports.ServerSetting;
import dev.fitt.ports.SettingRefusedException;
import dev.fitt.server.port.in.ChangeSettingsUseCase;
import dev.fitt.server.service.DatasetAdminService;
import dev.fitt.server.service.OneDataset;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The administrator's client against a real server over loopback. */
@Timeout(60)
class AdminClientTest {
    private final TestDataset dataset = new TestDataset();
    private RunningServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private final ChangeSettingsUseCase settings = new ChangeSettingsUseCase() {
        @Override
        public List<ServerSetting> settings() {
            return List.of(new ServerSetting("autosave_changes", "1000", true));
        }

        @Override
        public SettingChanged change(String name, String value, String by) throws SettingRefusedException {
            if (value.equals("-1")) {
                throw new SettingRefusedException("field \"" + name + "\" must be at least 0, got -1");
            }
            return new SettingChanged(name + ": 1000 -> " + value, false);
        }
    };

    private ServerAdminPort admin(String token) {
        return SocketAdapter.administer(ClientConfig.of("127.0.0.1", server.address().getPort(),
                Duration.ofSeconds(10)), token);
    }

    @Test
    void anAdministratorReadsChangesSavesAndCounts() throws Exception {
        server = SocketAdapter.startServer(SocketServerConfig.of("127.0.0.1", 0), new OneDataset("day1", dataset.service, dataset.service.saving()),
                Administration.of("adm", settings, DatasetAdminService.of("day1", dataset.service)));
        try (ServerAdminPort admin = admin("adm")) {
            assertThat(admin.settings()).containsExactly(new ServerSetting("autosave_changes", "1000", true));
            assertThat(admin.set("autosave_changes", "5"))
                    .isEqualTo(new ServerAdminPort.SettingApplied("autosave_changes: 1000 -> 5", false));
            assertThatThrownBy(() -> admin.set("autosave_changes", "-1")).isInstanceOf(SettingRefusedException.class)
                    .hasMessage("field \"autosave_changes\" must be at least 0, got -1");
            assertThat(admin.save("day1")).startsWith("day1: saved");
            ServerAdminPort.ServerStats stats = admin.stats();
            assertThat(stats.connections()).isEqualTo(1);
            assertThat(stats.datasets()).containsExactly(
                    new ServerDataset("day1", ServerDataset.State.LOADED, 19, 3, 7, 0, ""));
            assertThat(stats.activity().get(0).saves()).isEqualTo(1);
        }
    }

    @Test
    void aWrongTokenOrAServerWithoutAdministrationIsARefusal() throws Exception {
        server = SocketAdapter.startServer(SocketServerConfig.of("127.0.0.1", 0), new OneDataset("day1", dataset.service, dataset.service.saving()),
                Administration.of("adm", settings, DatasetAdminService.of("day1", dataset.service)));
        try (ServerAdminPort admin = admin("nope")) {
            assertThatThrownBy(admin::settings).isInstanceOf(AdminRefusedException.class)
                    .hasMessage("wrong admin token");
        }
        server.close();
        server = dataset.start();
        try (ServerAdminPort admin = admin("adm")) {
            assertThatThrownBy(admin::stats).isInstanceOf(AdminRefusedException.class)
                    .hasMessageContaining("administration is off on this server");
        }
    }
}
