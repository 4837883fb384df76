package dev.fitt.adapters.socket.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fitt.adapters.socket.Administration;
import dev.fitt.adapters.socket.RawClient;
import dev.fitt.adapters.socket.RunningServer;
import dev.fitt.adapters.socket.SocketAdapter;
import dev.fitt.adapters.socket.SocketServerConfig;
import dev.fitt.adapters.socket.TestDataset;
import dev.fitt.adapters.socket.protocol.AdminReply;
import dev.fitt.adapters.socket.protocol.AdminRequest;
import dev.fitt.adapters.socket.protocol.DatasetReply;
import dev.fitt.adapters.socket.protocol.Reply;
import dev.fitt.adapters.socket.protocol.Request;
import dev.fitt.adapters.socket.protocol.Wire;
import dev.fitt.domain.TagChange;
import dev.fitt.domain.TagValue;
import dev.fitt.ports.ServerSetting;
import dev.fitt.ports.SettingRefusedException;
import dev.fitt.server.port.in.ChangeSettingsUseCase;
import dev.fitt.server.service.DatasetAdminService;
import dev.fitt.server.service.OneDataset;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The admin messages over real sockets: who may, what they answer, and live limits and tokens. */
@Timeout(120)
class AdminServerTest {
    private static final String ADMIN_TOKEN = "admin-s3cret";
    private static final long ADMIN_HELLO = Wire.ALL_CAPABILITIES | Wire.ADMIN_CAPABILITY;

    private final TestDataset dataset = new TestDataset();
    private final List<String> changes = new ArrayList<>();
    private RunningServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    /** Settings that accept max_connections (applied to the running server) and refuse the port. */
    private final ChangeSettingsUseCase settings = new ChangeSettingsUseCase() {
        @Override
        public List<ServerSetting> settings() {
            return List.of(new ServerSetting("port", "52973", false),
                    new ServerSetting("max_connections", String.valueOf(server.config().maxConnections()), true),
                    new ServerSetting("access_token", ServerSetting.HIDDEN, true));
        }

        @Override
        public SettingChanged change(String name, String value, String by) throws SettingRefusedException {
            if (!name.equals("max_connections")) {
                throw new SettingRefusedException("field \"" + name + "\" cannot change while the server runs");
            }
            server.reconfigure(server.config().withMaxConnections(Integer.parseInt(value)));
            changes.add(name + "=" + value + " by " + by);
            return new SettingChanged("max_connections: " + value, true);
        }
    };

    /** The test dataset as the catalog lists it once frame 0 of clip a is labelled. */
    private static final DatasetReply.DatasetEntry DAY1 = new DatasetReply.DatasetEntry("day1", DatasetReply.DatasetEntry.LOADED, 19, 3, 7,
            1, "");

    private RunningServer startWithAdministration(SocketServerConfig config) throws Exception {
        server = SocketAdapter.startServer(config, new OneDataset("day1", dataset.service, dataset.service.saving()),
                Administration.of(ADMIN_TOKEN, settings, DatasetAdminService.of("day1", dataset.service)));
        return server;
    }

    private static Reply authorise(RawClient client, String token) throws Exception {
        assertThat(client.send(new Request.Hello(1, ADMIN_HELLO, "")).read())
                .isEqualTo(Reply.HelloReply.granted(1, ADMIN_HELLO));
        return client.send(new AdminRequest.AdminAuthorise(1, token)).read();
    }

    @Test
    void withoutAnAdminTokenOnTheServerAdministrationIsRefusedSayingHowToTurnItOn() throws Exception {
        server = dataset.start();
        try (RawClient client = new RawClient(server.address())) {
            Reply reply = authorise(client, "anything");

            assertThat(reply).isInstanceOf(AdminReply.AdminDone.class);
            assertThat(((AdminReply.AdminDone) reply).status()).isEqualTo(Wire.REFUSED);
            assertThat(((AdminReply.AdminDone) reply).message()).contains("\"admin_token\"", "server_setting.json", "restart");
            assertThat(client.send(new AdminRequest.AdminStats(2)).read())
                    .isEqualTo(new AdminReply.AdminDone(Wire.ADMIN_STATS, 2, Wire.ERROR, "this connection is not authorised"
                            + " as administrator: send the admin token (admin authorise) first"));
        }
    }

    @Test
    void aConnectionThatDidNotAuthoriseGetsNoSettingsAndChangesNothing() throws Exception {
        startWithAdministration(SocketServerConfig.of("127.0.0.1", 0));
        try (RawClient client = new RawClient(server.address())) {
            client.send(new Request.Hello(1, ADMIN_HELLO, "")).read();

            Reply set = client.send(new AdminRequest.AdminSet(3, "max_connections", "5")).read();

            assertThat(set).isInstanceOf(AdminReply.AdminSetOutcome.class);
            assertThat(((AdminReply.AdminSetOutcome) set).status()).isEqualTo(Wire.ERROR);
            assertThat(changes).isEmpty();
            assertThat(server.config().maxConnections()).isEqualTo(SocketServerConfig.DEFAULT_MAX_CONNECTIONS);
        }
    }

    @Test
    void aHelloWithoutTheAdminCapabilityCannotAuthorise() throws Exception {
        startWithAdministration(SocketServerConfig.of("127.0.0.1", 0));
        try (RawClient client = new RawClient(server.address())) {
            client.hello("");

            Reply reply = client.send(new AdminRequest.AdminAuthorise(1, ADMIN_TOKEN)).read();

            assertThat(((AdminReply.AdminDone) reply).status()).isEqualTo(Wire.ERROR);
            assertThat(((AdminReply.AdminDone) reply).message()).contains("capability was not asked for");
        }
    }

    @Test
    void anAdministratorReadsSettingsAndStatsChangesALimitAndSaves() throws Exception {
        startWithAdministration(SocketServerConfig.of("127.0.0.1", 0));
        // Display rows 0..2 are frame 0 of clip a (front, left, right): that frame is labelled.
        dataset.service.tagging().tag(new TagChange(0, 2, List.of(TagValue.TRUE, TagValue.FALSE, TagValue.UNSET)),
                "test");
        try (RawClient admin = new RawClient(server.address())) {
            assertThat(authorise(admin, ADMIN_TOKEN)).isEqualTo(new AdminReply.AdminDone(Wire.ADMIN_AUTHORISE, 1, Wire.OK,
                    ""));

            assertThat(admin.send(new AdminRequest.AdminSettings(2)).read()).isEqualTo(new AdminReply.AdminSettingList(2, List.of(
                    new AdminReply.AdminSetting("port", "52973", false),
                    new AdminReply.AdminSetting("max_connections", "1024", true),
                    new AdminReply.AdminSetting("access_token", "(set)", true))));
            assertThat(admin.send(new AdminRequest.AdminStats(3)).read()).isEqualTo(new AdminReply.AdminStatsReply(3, 1,
                    List.of(new AdminReply.AdminDataset(DAY1, 1, 1, 0))));

            assertThat(admin.send(new AdminRequest.AdminSet(4, "max_connections", "2")).read())
                    .isEqualTo(new AdminReply.AdminSetOutcome(4, Wire.OK, true, "max_connections: 2"));
            assertThat(changes).singleElement().asString().startsWith("max_connections=2 by /127.0.0.1:");
            Reply refused = admin.send(new AdminRequest.AdminSet(5, "port", "1")).read();
            assertThat(refused).isEqualTo(new AdminReply.AdminSetOutcome(5, Wire.ERROR, false,
                    "field \"port\" cannot change while the server runs"));

            assertThat(admin.send(new AdminRequest.AdminSave(6, "day2")).read()).isEqualTo(new AdminReply.AdminDone(
                    Wire.ADMIN_SAVE, 6, Wire.ERROR, "there is no dataset named \"day2\"; this server has day1"));
            Reply saved = admin.send(new AdminRequest.AdminSave(7, "")).read();
            assertThat(((AdminReply.AdminDone) saved).ok()).isTrue();
            assertThat(dataset.saved.get()).isNotNull();
            assertThat(admin.send(new AdminRequest.AdminStats(8)).read()).isEqualTo(new AdminReply.AdminStatsReply(8, 1,
                    List.of(new AdminReply.AdminDataset(DAY1, 1, 0, 1))));
        }
    }

    @Test
    void aLowerConnectionLimitTurnsNewConnectionsAwayAndKeepsOpenOnes() throws Exception {
        startWithAdministration(SocketServerConfig.of("127.0.0.1", 0));
        try (RawClient first = new RawClient(server.address()); RawClient second = new RawClient(server.address())) {
            first.hello("");
            second.hello("");
            server.reconfigure(server.config().withMaxConnections(2));

            try (RawClient third = new RawClient(server.address())) {
                assertThat(third.isClosedByServer()).isTrue();
            }
            assertThat(first.send(new Request.TagList()).read()).isInstanceOf(Reply.TagList.class);
            assertThat(second.send(new Request.TagList()).read()).isInstanceOf(Reply.TagList.class);
        }
    }

    @Test
    void aNewAccessTokenIsNeededByNewConnectionsWhileOpenOnesKeepWorking() throws Exception {
        startWithAdministration(SocketServerConfig.of("127.0.0.1", 0).withAccessToken("old-token"));
        try (RawClient open = new RawClient(server.address())) {
            assertThat(open.hello("old-token")).isEqualTo(Reply.HelloReply.granted(1, RawClient.WITHOUT_TEAM));
            server.reconfigure(server.config().withAccessToken("new-token"));

            try (RawClient late = new RawClient(server.address())) {
                assertThat(late.hello("old-token")).isEqualTo(Reply.HelloReply.refused("wrong access token"));
            }
            try (RawClient fresh = new RawClient(server.address())) {
                assertThat(fresh.hello("new-token")).isEqualTo(Reply.HelloReply.granted(1, RawClient.WITHOUT_TEAM));
            }
            assertThat(open.send(new Request.TagList()).read()).isInstanceOf(Reply.TagList.class);
        }
    }

    @Test
    void settingsThatNeedARestartCannotBeReconfigured() throws Exception {
        startWithAdministration(SocketServerConfig.of("127.0.0.1", 0));

        assertThatThrownBy(() -> server.reconfigure(server.config().withMaxMessageBytes(4096)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a restart");
        server.reconfigure(server.config().withMessageTimeout(Duration.ofSeconds(3)));
        assertThat(server.config().messageTimeout()).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void wrongAdminTokensAreRefusedClosedAndSlowedDownLikeWrongAccessTokens() throws Exception {
        startWithAdministration(SocketServerConfig.of("127.0.0.1", 0));
        InetAddress guesser = InetAddress.getByName("127.0.0.2");
        int guesses = 8;

        long start = System.nanoTime();
        for (int i = 0; i < guesses; i++) {
            try (RawClient guess = new RawClient(server.address(), guesser)) {
                assertThat(authorise(guess, "guess-" + i))
                        .isEqualTo(new AdminReply.AdminDone(Wire.ADMIN_AUTHORISE, 1, Wire.REFUSED, "wrong admin token"));
                assertThat(guess.isClosedByServer()).isTrue();
            }
        }
        long guessing = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        // Counted in the same throttle: the host's next access-token-free hello is fine, but its
        // next admin check waits its turn, and the right token is still granted.
        try (RawClient fixed = new RawClient(server.address(), guesser)) {
            assertThat(authorise(fixed, ADMIN_TOKEN)).isEqualTo(new AdminReply.AdminDone(Wire.ADMIN_AUTHORISE, 1,
                    Wire.OK, ""));
        }
        assertThat(guessing).as("ms for %d wrong admin tokens from one host", guesses).isGreaterThanOrEqualTo(1_500);
    }
}
