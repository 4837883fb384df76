package dev.fitt.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import dev.fitt.adapters.postgres.EmbeddedDatabase;
import dev.fitt.adapters.postgres.PostgresConfig;
import dev.fitt.adapters.socket.protocol.Reply;
import dev.fitt.adapters.socket.protocol.Request;
import dev.fitt.adapters.socket.protocol.VersionedReply;
import dev.fitt.adapters.socket.protocol.VersionedRequest;
import dev.fitt.adapters.socket.protocol.Wire;
import dev.fitt.bootstrap.server.RunningTaggingServer;
import dev.fitt.bootstrap.server.ServerApplication;
import dev.fitt.bootstrap.server.ServerModules;
import dev.fitt.bootstrap.settings.DatabaseSettings;
import dev.fitt.bootstrap.settings.DatasetServing;
import dev.fitt.bootstrap.settings.ServerSettings;
import dev.fitt.domain.TagValue;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A team's database of many datasets, all loaded at once on two servers, with a real PostgreSQL and
 * real sockets: a loaded dataset must not hold connections of its own, or the pool runs dry long
 * before the team's datasets are all open.
 */
@Timeout(300)
class PostgresManyDatasetsEndToEndTest {
    private static final int DATASETS = 60;
    private static EmbeddedDatabase postgres;

    @TempDir
    Path dir;

    @BeforeAll
    static void startPostgres() {
        postgres = EmbeddedDatabase.start();
    }

    @AfterAll
    static void stopPostgres() {
        postgres.close();
    }

    private static String name(int dataset) {
        return "set%02d".formatted(dataset);
    }

    private static Path writeFolder(Path data) throws Exception {
        Files.createDirectories(data);
        Files.writeString(data.resolve("meta.csv"), "code,alias\n200,Rainy\n");
        for (int i = 0; i < DATASETS; i++) {
            Files.writeString(data.resolve(name(i) + ".csv"), """
                    clip_id,file_path,tag_code,label
                    7,images/b1.jpg,200,
                    7,images/b2.jpg,200,
                    8,images/b3.jpg,200,
                    """);
        }
        return data;
    }

    private RunningTaggingServer start(Path data, PostgresConfig db) throws Exception {
        ServerSettings csv = DatasetFolder.settings(data, dir.resolve("labelled"), DatasetServing.defaults());
        ServerSettings settings = new ServerSettings(csv.host(), csv.port(), csv.csvDir(), csv.csvSaveDir(),
                csv.metaPath(), false, csv.tuning(), new DatabaseSettings(db.url(), db.user(), db.password()),
                DatasetServing.defaults());
        return Guice.createInjector(ServerModules.from(settings, dir)).getInstance(ServerApplication.class).start();
    }

    private static List<ExtensionClient> selectEach(RunningTaggingServer server) throws Exception {
        List<ExtensionClient> clients = new ArrayList<>();
        InetSocketAddress address = new InetSocketAddress("127.0.0.1", server.address().getPort());
        for (int i = 0; i < DATASETS; i++) {
            ExtensionClient client = new ExtensionClient(address);
            clients.add(client);
            assertThat(client.select(name(i))).as("loading dataset " + name(i) + " while " + i + " are loaded")
                    .isNull();
        }
        return clients;
    }

    private static void closeAll(List<ExtensionClient> clients) throws Exception {
        for (ExtensionClient client : clients) {
            client.close();
        }
    }

    @Test
    void sixtyDatasetsLoadedAtOnceOnTwoServersTakeChangesAndEachServerSeesTheOthers() throws Exception {
        Path data = writeFolder(dir.resolve("data"));
        PostgresConfig db = postgres.newDatabase();
        try (RunningTaggingServer a = start(data, db); RunningTaggingServer b = start(data, db)) {
            List<ExtensionClient> onA = selectEach(a);
            List<ExtensionClient> onB = selectEach(b);
            try {
                for (int i = 0; i < DATASETS; i++) {
                    ExtensionClient client = onA.get(i);
                    long basis = client.labels().version();
                    int row = i % 3;
                    assertThat(client.call(new VersionedRequest.VersionedChange(client.nextId(), basis, row, row,
                            List.of(TagValue.TRUE)))).as("a change to " + name(i))
                            .isInstanceOfSatisfying(VersionedReply.ChangeOutcome.class,
                                    r -> assertThat(r.status()).as(r.message()).isEqualTo(Wire.OK));
                }
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                for (int i = 0; i < DATASETS; i++) {
                    byte[] expected = {TagValue.UNSET.code(), TagValue.UNSET.code(), TagValue.UNSET.code()};
                    expected[i % 3] = TagValue.TRUE.code();
                    byte[] seen = onB.get(i).labels().codes();
                    while (!java.util.Arrays.equals(seen, expected) && System.nanoTime() < deadline) {
                        Thread.sleep(20);
                        seen = onB.get(i).labels().codes();
                    }
                    assertThat(seen).as("server B's labels of " + name(i)).containsExactly(expected);
                }
                try (var connection = DriverManager.getConnection(db.url(), db.user(), db.password());
                     var count = connection.createStatement().executeQuery("SELECT count(*) FROM pg_stat_activity"
                             + " WHERE datname = current_database()")) {
                    count.next();
                    assertThat(count.getInt(1)).as("connections of both servers and this one, with %d datasets"
                            + " loaded on each", DATASETS).isLessThanOrEqualTo(2 * 20 + 1);
                }
            } finally {
                closeAll(onA);
                closeAll(onB);
            }
        }
    }
}
