package dev.fitt.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fitt.adapters.socket.ClientConfig;
import dev.fitt.adapters.socket.SocketAdapter;
import dev.fitt.bootstrap.FittMain;
import dev.fitt.client.port.out.TaggingServerPort;
import dev.fitt.domain.TagChange;
import dev.fitt.domain.TagValue;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code fitt admin} against a real {@code fitt server} process over loopback: every verb, who may,
 * a live change that takes effect and lands in server_setting.json, and one that is refused.
 */
@Timeout(180)
class AdminCommandEndToEndTest {
    private static final String ADMIN_TOKEN = "adm1n-t0ken";

    @TempDir
    Path dir;

    private ServerProcess server;

    @AfterEach
    void stop() throws InterruptedException {
        if (server != null) {
            server.close();
        }
    }

    /** A run of {@code fitt admin ...} in this JVM: exit code, stdout, stderr. */
    private record Run(int exitCode, String out, String err) {
    }

    private Run admin(String... verb) {
        List<String> args = new ArrayList<>(List.of("admin", "--host", "127.0.0.1", "--port",
                String.valueOf(server.address().getPort()), "--admin-token", ADMIN_TOKEN));
        args.addAll(List.of(verb));
        return fitt(args.toArray(String[]::new));
    }

    private static Run fitt(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = FittMain.commandLine(CommandLine.defaultFactory());
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int code = commandLine.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    /** Settings in an order of the user's own, with a field fitt does not know. */
    private Path settings(GroupedDataset data, String adminToken) throws IOException {
        Path file = dir.resolve("server_setting.json");
        Files.writeString(file, "{\n  \"team_note\": \"ask Ana before changing\",\n"
                + "  \"csv_dir\": \"" + data.dataCsv + "\",\n  \"meta_path\": \"" + data.metaCsv + "\",\n"
                + "  \"autosave_changes\": 1000,\n  \"host\": \"127.0.0.1\",\n  \"port\": 0,\n"
                + "  \"csv_save_dir\": \"" + data.saveDir + "\",\n  \"autosave_seconds\": 0"
                + (adminToken == null ? "" : ",\n  \"admin_token\": \"" + adminToken + "\"") + "\n}\n");
        return file;
    }

    private GroupedDataset startServer(String adminToken) throws Exception {
        GroupedDataset data = GroupedDataset.write(dir.resolve("data"), 2, 3);
        server = ServerProcess.start(settings(data, adminToken), dir);
        return data;
    }

    @Test
    void everyVerbAnswersAnAdministrator() throws Exception {
        GroupedDataset data = startServer(ADMIN_TOKEN);
        try (V1Client annotator = new V1Client(server.address())) {
            assertThat(annotator.change(0, 2, true, false, true)).isNull();

            Run settings = admin("settings");
            assertThat(settings.exitCode()).as(settings.err()).isZero();
            assertThat(settings.out()).containsPattern("autosave_changes +1000 +yes")
                    .containsPattern("port +0 +no \\(restart\\)")
                    .containsPattern("admin_token +\\(set\\) +no \\(restart\\)")
                    .containsPattern("access_token +\\(none\\) +yes")
                    .doesNotContain(ADMIN_TOKEN);

            Run datasets = admin("datasets");
            assertThat(datasets.exitCode()).as(datasets.err()).isZero();
            assertThat(datasets.out()).containsPattern("dataset +state +rows +clips +frames +labelled frames +done")
                    .containsPattern("drive +loaded +18 +2 +6 +1 +16.7%");

            Run stats = admin("stats");
            assertThat(stats.exitCode()).as(stats.err()).isZero();
            assertThat(stats.out()).contains("connections: 2").containsPattern("drive +loaded +1 +1 +0");

            Run save = admin("save", "drive");
            assertThat(save.exitCode()).as(save.err()).isZero();
            assertThat(save.out()).contains("drive: saved 1 change to ");
            assertThat(Files.readString(data.output())).contains("True,False,True");
            assertThat(admin("stats").out()).containsPattern("drive +loaded +1 +0 +1");

            Run unknown = admin("save", "nope");
            assertThat(unknown.exitCode()).isEqualTo(1);
            assertThat(unknown.err()).contains("no dataset named \"nope\"");

            Run set = admin("set", "max_connections", "64");
            assertThat(set.exitCode()).as(set.err()).isZero();
            assertThat(set.out()).contains("max_connections: 1024 -> 64, applies now; written to ");
        }
        assertThat(server.log()).containsPattern("setting max_connections changed from 1024 to 64 by /127\\.0\\.0\\.1:\\d+");
    }

    @Test
    void statsWithAnnotatorsShowsEachAnnotatorsWorkAsATable() throws Exception {
        startServer(ADMIN_TOKEN);
        ClientConfig config = ClientConfig.of("127.0.0.1", server.address().getPort(), Duration.ofSeconds(10));
        try (TaggingServerPort ana = SocketAdapter.connect(config.withAnnotator("Ana"));
                TaggingServerPort ben = SocketAdapter.connect(config.withAnnotator("Ben"))) {
            List<TagValue> yes = List.of(TagValue.TRUE, TagValue.FALSE, TagValue.FALSE);
            ana.tag(new TagChange(0, 2, yes));
            ana.tag(new TagChange(3, 5, yes));
            ben.tag(new TagChange(6, 8, yes));

            Run stats = admin("stats", "--annotators");
            assertThat(stats.exitCode()).as(stats.err()).isZero();
            assertThat(stats.out()).containsPattern("drive +loaded +3 +3 +0")
                    .containsPattern("dataset +frames +labelled +reviewed")
                    .containsPattern("drive +\\d+ +3 \\(\\d+%\\) +0 \\(0%\\)")
                    .containsPattern("dataset +annotator +frames +changes +per hour, last hour +per hour, last day"
                            + " +reviewed +corrected +share corrected +reviews +last active")
                    .containsPattern("drive +Ana +2 +2 +2 +0\\.1 +0 +0 +- +0 +20")
                    .containsPattern("drive +Ben +1 +1 +1 +<0\\.1 +0 +0 +- +0 +20");
            assertThat(admin("stats").out()).doesNotContain("Ana");
        }
    }

    @Test
    void aLiveAutosaveChangeTakesEffectOnTheNextChangesAndIsWrittenKeepingTheFile() throws Exception {
        GroupedDataset data = startServer(ADMIN_TOKEN);
        Path file = dir.resolve("server_setting.json");
        String before = Files.readString(file);
        try (V1Client annotator = new V1Client(server.address())) {
            for (int row = 0; row < 3; row++) {
                assertThat(annotator.change(row, row, true, false, false)).isNull();
            }
            Run set = admin("set", "autosave_changes", "5");
            assertThat(set.exitCode()).as(set.err()).isZero();

            assertThat(annotator.change(3, 3, true, false, false)).isNull();
            TimeUnit.MILLISECONDS.sleep(1_500);
            assertThat(data.output()).as("no save at 4 changes of 5").doesNotExist();

            assertThat(annotator.change(4, 4, true, false, false)).isNull();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!Files.exists(data.output()) && System.nanoTime() < deadline) {
                TimeUnit.MILLISECONDS.sleep(100);
            }
            assertThat(data.output()).as("saved once the 5th change arrived").exists();
        }

        ObjectMapper json = new ObjectMapper();
        JsonNode was = json.readTree(before);
        JsonNode now = json.readTree(Files.readString(file));
        List<String> wasFields = new ArrayList<>();
        was.fieldNames().forEachRemaining(wasFields::add);
        List<String> nowFields = new ArrayList<>();
        now.fieldNames().forEachRemaining(nowFields::add);
        assertThat(nowFields).isEqualTo(wasFields);
        for (String field : wasFields) {
            assertThat(now.get(field)).as(field).isEqualTo(field.equals("autosave_changes")
                    ? json.readTree("5") : was.get(field));
        }
        assertThat(server.log()).contains("setting autosave_changes changed from 1000 to 5");
    }

    @Test
    void aRefusedSettingLeavesTheFileUntouchedAndSaysWhy() throws Exception {
        startServer(ADMIN_TOKEN);
        Path file = dir.resolve("server_setting.json");
        byte[] before = Files.readAllBytes(file);

        Run port = admin("set", "port", "1234");
        assertThat(port.exitCode()).isEqualTo(2);
        assertThat(port.err()).contains("refused: field \"port\" cannot change while the server runs: it needs a"
                + " restart");
        Run negative = admin("set", "autosave_changes", "-1");
        assertThat(negative.exitCode()).isEqualTo(2);
        assertThat(negative.err()).contains("field \"autosave_changes\" must be at least 0, got -1");
        Run words = admin("set", "message_timeout_seconds", "ten");
        assertThat(words.exitCode()).isEqualTo(2);
        assertThat(words.err()).contains("field \"message_timeout_seconds\" must be a whole number, got \"ten\"");
        Run dataset = admin("set", "default_dataset", "day9");
        assertThat(dataset.exitCode()).isEqualTo(2);
        assertThat(dataset.err())
                .contains("field \"default_dataset\": there is no dataset named \"day9\"; this server has drive");

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(admin("settings").out()).containsPattern("autosave_changes +1000");
    }

    @Test
    void withoutAnAdminTokenOnTheServerEveryVerbIsRefusedSayingHowToTurnItOn() throws Exception {
        startServer(null);

        Run run = admin("stats");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("administration is off on this server: set \"admin_token\" in its"
                + " server_setting.json and restart it");
    }

    @Test
    void aWrongAdminTokenIsRefused() throws Exception {
        startServer(ADMIN_TOKEN);

        Run run = fitt("admin", "--port", String.valueOf(server.address().getPort()), "--admin-token", "guess",
                "settings");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("refused: wrong admin token");
        assertThat(run.out()).isEmpty();
        // Counted where wrong access tokens are (the token throttle slows this host's next checks),
        // and the right token is still let in after it.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!server.log().contains("its admin authorise carries a wrong admin token")
                && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(50);
        }
        assertThat(server.log()).contains("refused a connection of 127.0.0.1: its admin authorise carries a wrong"
                + " admin token");
        assertThat(admin("stats").exitCode()).isZero();
    }

    @Test
    void aLiveAccessTokenKeepsOpenConnectionsAndLocksOutNewOnesWithoutIt() throws Exception {
        startServer(ADMIN_TOKEN);
        try (V1Client annotator = new V1Client(server.address())) {
            assertThat(annotator.change(1, 1, true, true, true)).isNull();
            Run set = admin("set", "access_token", "team-t0ken");
            assertThat(set.exitCode()).as(set.err()).isZero();
            assertThat(set.out()).contains("access_token: (none) -> (set)").doesNotContain("team-t0ken");

            assertThat(annotator.change(0, 0, true, true, true)).isNull();
            Run without = admin("stats");
            assertThat(without.exitCode()).isEqualTo(2);
            assertThat(without.err()).contains("needs an access token");
            Run with = fitt("admin", "--port", String.valueOf(server.address().getPort()), "--token", "team-t0ken",
                    "--admin-token", ADMIN_TOKEN, "stats");
            assertThat(with.exitCode()).as(with.err()).isZero();
        }
        assertThat(Files.readString(dir.resolve("server_setting.json"))).contains("\"access_token\": \"team-t0ken\"");
    }

    @Test
    void aServerThatCannotBeReachedIsExitCodeOne() throws Exception {
        Run run = fitt("admin", "--port", "1", "--admin-token", ADMIN_TOKEN, "stats");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("cannot reach the tagging server at 127.0.0.1:1");
    }
    /** A free port in the range the project's tests may pick, for a server whose file names its port. */
    private static int freePort() throws IOException {
        for (int port = 20000 + (int) (ProcessHandle.current().pid() % 9000); port < 29999; port += 7) {
            try (java.net.ServerSocket probe = new java.net.ServerSocket(port, 1,
                    java.net.InetAddress.getLoopbackAddress())) {
                return port;
            } catch (IOException taken) {
                // try the next
            }
        }
        throw new IOException("no free port in 20000-29999");
    }

    @Test
    void inTheServersFolderAdminNeedsNoHostPortOrTokens() throws Exception {
        GroupedDataset data = GroupedDataset.write(dir.resolve("data"), 2, 3);
        int port = freePort();
        Path file = settings(data, ADMIN_TOKEN);
        String withTokens = Files.readString(file).replace("\"port\": 0", "\"port\": " + port)
                .replace("\"autosave_seconds\": 0", "\"autosave_seconds\": 0,\n  \"access_token\": \"team-t0ken\"");
        Files.writeString(file, withTokens);
        server = ServerProcess.start(file, dir);
        assertThat(server.address().getPort()).isEqualTo(port);

        Run settings = fitt("admin", "--config", file.toString(), "settings");
        assertThat(settings.exitCode()).as(settings.err()).isZero();
        assertThat(settings.out()).containsPattern("access_token +\\(set\\) +yes");

        // A server listening on every address is reached on this machine's loopback.
        Path wildcard = dir.resolve("wildcard.json");
        Files.writeString(wildcard, withTokens.replace("\"host\": \"127.0.0.1\"", "\"host\": \"0.0.0.0\""));
        Run datasets = fitt("admin", "--config", wildcard.toString(), "datasets");
        assertThat(datasets.exitCode()).as(datasets.err()).isZero();
        assertThat(datasets.out()).containsPattern("drive +loaded");

        // What the command line says wins over the file.
        Run wrong = fitt("admin", "--config", file.toString(), "--admin-token", "guess", "stats");
        assertThat(wrong.exitCode()).isEqualTo(2);
        assertThat(wrong.err()).contains("refused");
        Run elsewhere = fitt("admin", "--config", file.toString(), "--port", "1", "stats");
        assertThat(elsewhere.exitCode()).isEqualTo(1);
    }

    @Test
    void aBrokenSettingsFileIsExitCodeTwoNamingTheFileAndField() throws Exception {
        Path file = dir.resolve("server_setting.json");
        Files.writeString(file, "{\n  \"csv_dir\": \"d.csv\",\n  \"meta_path\": \"m.csv\",\n"
                + "  \"save_to_same_file\": true,\n  \"port\": \"fifty\"\n}\n");
        Run run = fitt("admin", "--config", file.toString(), "stats");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(file.toString()).contains("\"port\"").doesNotContain("Usage");
    }
}
