package dev.fitt.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import dev.fitt.adapters.postgres.EmbeddedDatabase;
import dev.fitt.adapters.postgres.PostgresConfig;
import dev.fitt.adapters.socket.protocol.Reply;
import dev.fitt.adapters.socket.protocol.Request;
import dev.fitt.adapters.socket.protocol.TeamReply;
import dev.fitt.adapters.socket.protocol.TeamRequest;
import dev.fitt.adapters.socket.protocol.Wire;
import dev.fitt.bootstrap.server.RunningTaggingServer;
import dev.fitt.bootstrap.server.ServerApplication;
import dev.fitt.bootstrap.server.ServerModules;
import dev.fitt.bootstrap.settings.DatabaseSettings;
import dev.fitt.bootstrap.settings.DatasetServing;
import dev.fitt.bootstrap.settings.ServerSettings;
import dev.fitt.domain.Review;
import dev.fitt.domain.RowProvenance;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A review's accept on servers sharing one PostgreSQL, with real sockets: it changes no labels, and
 * the other servers' provenance shows it without a reload.
 */
@Timeout(120)
class PostgresSharedReviewEndToEndTest {
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

    /** {@code csvDir} a data CSV (a server of one dataset) or a folder of them (a server of a database's datasets). */
    private RunningTaggingServer start(Path csvDir, Path data, PostgresConfig db) throws Exception {
        ServerSettings csv = DatasetFolder.settings(data, dir.resolve("labelled"), DatasetServing.defaults());
        ServerSettings settings = new ServerSettings(csv.host(), csv.port(), csvDir, csv.csvSaveDir(),
                csv.metaPath(), false, csv.tuning(), new DatabaseSettings(db.url(), db.user(), db.password()),
                DatasetServing.defaults());
        return Guice.createInjector(ServerModules.from(settings, dir)).getInstance(ServerApplication.class).start();
    }

    private static ExtensionClient connect(RunningTaggingServer server, String name) throws Exception {
        ExtensionClient client = new ExtensionClient(new InetSocketAddress("127.0.0.1", server.address().getPort()));
        assertThat(client.call(new TeamRequest.Identify(client.nextId(), name))).isInstanceOf(TeamReply.Identity.class);
        return client;
    }

    private static void accept(ExtensionClient reviewer, int first, int last) throws Exception {
        long basis = reviewer.labels().version();
        assertThat(reviewer.call(new TeamRequest.Review(reviewer.nextId(), basis, first, last, true, List.of())))
                .isInstanceOfSatisfying(TeamReply.ReviewOutcome.class,
                        r -> assertThat(r.status()).as(r.message()).isEqualTo(Wire.OK));
    }

    private static List<RowProvenance> provenance(ExtensionClient client, int first, int last) throws Exception {
        Reply reply = client.call(new TeamRequest.Provenance(client.nextId(), first, last));
        assertThat(reply).isInstanceOf(TeamReply.Provenance.class);
        return ((TeamReply.Provenance) reply).rows();
    }

    @Test
    void anAcceptThroughOneServerIsInTheOtherServersProvenanceWithoutAReload() throws Exception {
        Path data = DatasetFolder.write(dir.resolve("data"));
        PostgresConfig db = postgres.newDatabase();
        try (RunningTaggingServer a = start(data.resolve("day1.csv"), data, db);
                RunningTaggingServer b = start(data.resolve("day1.csv"), data, db);
                ExtensionClient ben = connect(a, "Ben");
                ExtensionClient carl = connect(b, "Carl")) {
            byte[] before = carl.labels().codes();
            assertThat(provenance(carl, 0, 1)).containsOnly(RowProvenance.NONE);

            accept(ben, 0, 1);

            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            List<RowProvenance> seen = provenance(carl, 0, 1);
            while (!seen.stream().allMatch(row -> row.review() == Review.ACCEPTED)
                    && System.nanoTime() < deadline) {
                Thread.sleep(20);
                seen = provenance(carl, 0, 1);
            }
            assertThat(seen).as("server B's provenance of the rows accepted through A")
                    .extracting(RowProvenance::reviewedBy, RowProvenance::review)
                    .containsOnly(org.assertj.core.groups.Tuple.tuple("Ben", Review.ACCEPTED));
            assertThat(carl.labels().codes()).as("an accept changes no labels").containsExactly(before);
        }
    }

    @Test
    void anAcceptOnAServerOfADatabasesDatasetsChangesNoLabelsAndIsRecorded() throws Exception {
        Path data = DatasetFolder.write(dir.resolve("data"));
        java.nio.file.Files.delete(data.resolve("day4.csv"));
        PostgresConfig db = postgres.newDatabase();
        byte[] before;
        try (RunningTaggingServer server = start(data, data, db);
                ExtensionClient ben = connect(server, "Ben")) {
            assertThat(ben.select("day1")).isNull();
            before = ben.labels().codes();

            accept(ben, 0, 1);

            assertThat(ben.labels().codes()).as("an accept of two rows that differ changes neither")
                    .containsExactly(before);
            assertThat(provenance(ben, 0, 1)).extracting(RowProvenance::reviewedBy, RowProvenance::review)
                    .containsOnly(org.assertj.core.groups.Tuple.tuple("Ben", Review.ACCEPTED));
        }
        try (RunningTaggingServer again = start(data, data, db);
                ExtensionClient carl = connect(again, "Carl")) {
            assertThat(carl.select("day1")).isNull();
            assertThat(carl.labels().codes()).as("the labels in the database").containsExactly(before);
            assertThat(provenance(carl, 0, 1)).as("as the database recorded it")
                    .extracting(RowProvenance::reviewedBy, RowProvenance::review)
                    .containsOnly(org.assertj.core.groups.Tuple.tuple("Ben", Review.ACCEPTED));
        }
    }
}
