package dev.fitt.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fitt.adapters.postgres.EmbeddedDatabase;
import dev.fitt.adapters.socket.ClientConfig;
import dev.fitt.adapters.socket.SocketAdapter;
import dev.fitt.bootstrap.FittMain;
import dev.fitt.client.port.out.TaggingServerPort;
import dev.fitt.domain.AssignedClips;
import dev.fitt.domain.TagChange;
import dev.fitt.domain.TagValue;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A lead splits the clips with {@code fitt admin assign}, follows them with {@code assignments} and
 * takes them back with {@code unassign}, against real {@code fitt server} processes: assignments
 * outlive a SIGKILL, an annotator's client is told its clips ({@code 1F}), and servers sharing a
 * database see the same assignments (issue 15).
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class AssignmentEndToEndTest {
    private static final String ADMIN_TOKEN = "l3ad-t0ken";
    private static final List<TagValue> YES = List.of(TagValue.TRUE, TagValue.FALSE, TagValue.FALSE);
    private static EmbeddedDatabase postgres;

    @TempDir
    Path dir;

    @BeforeAll
    static void startDatabase() {
        postgres = EmbeddedDatabase.start();
    }

    @AfterAll
    static void stopDatabase() {
        postgres.close();
    }

    private record Run(int exitCode, String out, String err) {
    }

    private static Run admin(ServerProcess server, String... verb) {
        List<String> args = new ArrayList<>(List.of("admin", "--host", "127.0.0.1", "--port",
                String.valueOf(server.address().getPort()), "--admin-token", ADMIN_TOKEN));
        args.addAll(List.of(verb));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = FittMain.commandLine(CommandLine.defaultFactory());
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int code = commandLine.execute(args.toArray(String[]::new));
        return new Run(code, out.toString(), err.toString());
    }

    private static Run ok(Run run) {
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run;
    }

    private static Path withAdminToken(Path settings) throws Exception {
        String json = Files.readString(settings).strip();
        Files.writeString(settings, json.substring(0, json.length() - 1) + ", \"admin_token\": \"" + ADMIN_TOKEN
                + "\"}");
        return settings;
    }

    private static TaggingServerPort connect(ServerProcess server, String annotator) {
        return SocketAdapter.connect(ClientConfig.of("127.0.0.1", server.address().getPort(), Duration.ofSeconds(10))
                .withAnnotator(annotator));
    }

    private static AssignedClips clipsOf(ServerProcess server, String annotator) throws Exception {
        try (TaggingServerPort client = connect(server, annotator)) {
            client.capabilities();
            return SocketAdapter.teamWork(client).fetchAssignedClips();
        }
    }

    @Test
    void aLeadAssignsFollowsAndTakesBackClipsAndAssignmentsOutliveASigkill() throws Exception {
        GroupedDataset data = GroupedDataset.write(dir.resolve("data"), 4, 2);
        Path settings = withAdminToken(ServerProcess.writeSettings(dir, data, 1000));
        try (ServerProcess server = ServerProcess.start(settings, dir)) {
            assertThat(ok(admin(server, "assign", "--annotator", "ana", "--clips", "1-2")).out())
                    .contains("assigned 2 clips (1-2) to ana");
            assertThat(ok(admin(server, "assign", "--annotator", "bo", "--clip-ids", "clip2, clip3")).out())
                    .contains("assigned 2 clips (3-4) to bo");

            Run taken = admin(server, "assign", "--annotator", "bo", "--clips", "2");
            assertThat(taken.exitCode()).isEqualTo(2);
            assertThat(taken.err()).contains("refused: dataset drive: clip 2 is assigned to ana").contains("--reassign");
            assertThat(ok(admin(server, "assign", "--annotator", "bo", "--clips", "2", "--reassign")).out())
                    .contains("assigned 1 clip (2) to bo; 1 taken from ana");

            Run beyond = admin(server, "assign", "--annotator", "ana", "--clips", "3-51");
            assertThat(beyond.exitCode()).isEqualTo(2);
            assertThat(beyond.err()).contains("dataset drive: there is no clip 5: the dataset has 4 clips");

            try (TaggingServerPort ana = connect(server, "ana")) {
                ana.tag(new TagChange(0, 2, YES)); // frame 0 of clip 1
                assertThat(SocketAdapter.teamWork(ana).fetchAssignedClips()).isEqualTo(
                        new AssignedClips(true, List.of(0)));
            }
            assertThat(clipsOf(server, "cy")).isEqualTo(new AssignedClips(true, List.of()));
            try (TaggingServerPort nameless = SocketAdapter.connect(ClientConfig.of("127.0.0.1",
                    server.address().getPort(), Duration.ofSeconds(10)))) {
                assertThat(SocketAdapter.teamWork(nameless).fetchAssignedClips())
                        .as("a connection that never said who it is holds no clips")
                        .isEqualTo(new AssignedClips(true, List.of()));
            }

            Run listed = ok(admin(server, "assignments"));
            assertThat(listed.out()).contains("dataset: drive (4 clips)")
                    .containsPattern("annotator +clips +frames +labelled frames +done")
                    .containsPattern("ana +1 +2 +1 +50.0%")
                    .containsPattern("bo +2-4 +6 +0 +0.0%")
                    .contains("unassigned: 0 of 4 clips");
            assertThat(Files.readAllLines(data.saveDir.resolve("drive__labelled__.csv.assignments.csv")))
                    .containsExactly("annotator,clip_id", "ana,clip0", "bo,clip1", "bo,clip2", "bo,clip3");
            server.kill();
        }

        try (ServerProcess restarted = ServerProcess.start(settings, dir)) {
            assertThat(ok(admin(restarted, "assignments")).out()).containsPattern("ana +1 +2 +1 +50.0%")
                    .containsPattern("bo +2-4 +6 +0 +0.0%");
            assertThat(clipsOf(restarted, "bo")).isEqualTo(new AssignedClips(true, List.of(1, 2, 3)));

            assertThat(ok(admin(restarted, "unassign", "--annotator", "bo", "--clips", "4")).out())
                    .contains("unassigned 1 clip (4) from bo");
            assertThat(ok(admin(restarted, "unassign", "--annotator", "bo")).out())
                    .contains("unassigned 2 clips (2-3) from bo");
            assertThat(ok(admin(restarted, "assignments", "--dataset", "drive")).out())
                    .containsPattern("ana +1 +2 +1 +50.0%").doesNotContain("bo ")
                    .contains("unassigned: 3 of 4 clips");
            ok(admin(restarted, "unassign", "--annotator", "ana"));
            assertThat(ok(admin(restarted, "assignments")).out()).contains("no clips are assigned");
            assertThat(clipsOf(restarted, "ana")).isEqualTo(AssignedClips.NONE);
        }
    }

    @Test
    void badClipSpecsAreRefusedSayingWhatIsWrong() throws Exception {
        GroupedDataset data = GroupedDataset.write(dir.resolve("data"), 2, 1);
        try (ServerProcess server = ServerProcess.start(withAdminToken(ServerProcess.writeSettings(dir, data, 1000)),
                dir)) {
            Run zero = admin(server, "assign", "--annotator", "ana", "--clips", "0-3");
            assertThat(zero.exitCode()).isEqualTo(2);
            assertThat(zero.err()).contains("--clips 0-3: \"0-3\": clip numbers start at 1");

            Run down = admin(server, "assign", "--annotator", "ana", "--clips", "5-2");
            assertThat(down.exitCode()).isEqualTo(2);
            assertThat(down.err()).contains("--clips 5-2: \"5-2\": a range of clips goes up: 5-2 ends before it starts");

            Run word = admin(server, "assign", "--annotator", "ana", "--clips", "abc");
            assertThat(word.exitCode()).isEqualTo(2);
            assertThat(word.err()).contains("--clips abc: \"abc\": \"abc\" is not a clip number");

            Run none = admin(server, "assign", "--annotator", "ana");
            assertThat(none.exitCode()).isEqualTo(2);
            assertThat(none.err()).contains("say which clips");

            Run unknownId = admin(server, "assign", "--annotator", "ana", "--clip-ids", "clip9");
            assertThat(unknownId.exitCode()).isEqualTo(2);
            assertThat(unknownId.err()).contains("clip id \"clip9\": no clip of the dataset has it");

            Run otherDataset = admin(server, "assignments", "--dataset", "nope");
            assertThat(otherDataset.exitCode()).isEqualTo(2);
            assertThat(otherDataset.err()).contains("no dataset named \"nope\"");
            assertThat(ok(admin(server, "assignments")).out()).contains("no clips are assigned");
        }
    }

    @Test
    void eachDatasetOfAFolderHasItsOwnAssignments() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Path saveDir = dir.resolve("labelled");
        Files.writeString(data.resolve("meta.csv"), "code,alias\n100,Clear Weather\n200,Rainy\n300,Foggy\n");
        Files.writeString(data.resolve("day1.csv"), "clip_id,modality,file_path,tag_code_100,tag_code_200,tag_code_300\n"
                + "1,front,images/a1.jpg,,,\n2,front,images/a2.jpg,,,\n");
        Files.writeString(data.resolve("day2.csv"), "clip_id,file_path,tag_code,label\n7,images/b1.jpg,200,\n"
                + "7,images/b2.jpg,200,\n8,images/b3.jpg,200,\n");
        Path settings = dir.resolve("server_setting.json");
        Files.writeString(settings, "{\"host\": \"127.0.0.1\", \"port\": 0, \"csv_dir\": \"" + data
                + "\", \"meta_path\": \"" + data.resolve("meta.csv") + "\", \"csv_save_dir\": \"" + saveDir
                + "\", \"autosave_changes\": 0, \"autosave_seconds\": 0, \"admin_token\": \"" + ADMIN_TOKEN + "\"}");
        try (ServerProcess server = ServerProcess.start(settings, dir)) {
            assertThat(ok(admin(server, "assign", "--annotator", "ana", "--dataset", "day2", "--clips", "2")).out())
                    .contains("assigned 1 clip (2) to ana");

            assertThat(ok(admin(server, "assignments", "--dataset", "day2")).out()).contains("dataset: day2 (2 clips)")
                    .containsPattern("ana +2 +1 +0 +0.0%");
            assertThat(ok(admin(server, "assignments", "--dataset", "day1")).out()).contains("dataset: day1 (2 clips)")
                    .contains("no clips are assigned");
            assertThat(Files.readAllLines(saveDir.resolve("day2__labelled__.csv.assignments.csv")))
                    .containsExactly("annotator,clip_id", "ana,8");
            try (TaggingServerPort ana = connect(server, "ana")) {
                ana.selectDataset("day2");
                assertThat(SocketAdapter.teamWork(ana).fetchAssignedClips()).isEqualTo(
                        new AssignedClips(true, List.of(1)));
                ana.selectDataset("day1");
                assertThat(SocketAdapter.teamWork(ana).fetchAssignedClips()).isEqualTo(AssignedClips.NONE);
            }
            Run unknown = admin(server, "assign", "--annotator", "ana", "--dataset", "day9", "--clips", "1");
            assertThat(unknown.exitCode()).isEqualTo(2);
            assertThat(unknown.err()).contains("no dataset named \"day9\"");
        }
    }

    @Test
    void serversSharingADatabaseSeeTheSameAssignments() throws Exception {
        TwoServersOnePostgres setup = TwoServersOnePostgres.write(dir, postgres, 3, 2, 1000);
        withAdminToken(setup.settings);
        try (ServerProcess first = ServerProcess.start(setup.settings, dir);
                ServerProcess second = ServerProcess.start(setup.settings, dir)) {
            ok(admin(first, "assign", "--annotator", "ana", "--clips", "1,3"));

            assertThat(ok(admin(second, "assignments")).out()).containsPattern("ana +1,3 +4 +0 +0.0%")
                    .contains("unassigned: 1 of 3 clips");
            assertThat(clipsOf(second, "ana")).isEqualTo(new AssignedClips(true, List.of(0, 2)));

            Run taken = admin(second, "assign", "--annotator", "bo", "--clips", "3");
            assertThat(taken.exitCode()).isEqualTo(2);
            assertThat(taken.err()).contains("clip 3 is assigned to ana");
        }
        try (ServerProcess restarted = ServerProcess.start(setup.settings, dir)) {
            assertThat(clipsOf(restarted, "ana")).isEqualTo(new AssignedClips(true, List.of(0, 2)));
        }
    }
}
