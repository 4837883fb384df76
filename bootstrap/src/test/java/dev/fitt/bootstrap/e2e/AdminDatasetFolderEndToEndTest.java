package dev.fitt.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fitt.bootstrap.FittMain;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code fitt admin} against a real {@code fitt server} process over a folder of two datasets: the
 * catalog's datasets listed, stats and saves per dataset without loading one nobody uses, and a
 * live {@code default_dataset} that a v1 client connecting afterwards gets.
 */
@Timeout(180)
class AdminDatasetFolderEndToEndTest {
    private static final String ADMIN_TOKEN = "adm1n-t0ken";

    @TempDir
    Path dir;

    private Path data;
    private Path saveDir;
    private Path settingsFile;
    private ServerProcess server;

    @BeforeEach
    void startServer() throws Exception {
        data = dir.resolve("data");
        saveDir = dir.resolve("labelled");
        Files.createDirectories(data);
        Files.writeString(data.resolve("meta.csv"), "code,alias\n100,Clear Weather\n200,Rainy\n300,Foggy\n");
        // day1: three tags, two clips; day2 (format B): one tag, one clip. A v1 client tells them apart.
        Files.writeString(data.resolve("day1.csv"), """
                clip_id,modality,file_path,tag_code_100,tag_code_200,tag_code_300
                1,camera_front,images/img_001.jpg,,,
                2,camera_front,images/img_002.jpg,,,
                """);
        Files.writeString(data.resolve("day2.csv"), """
                clip_id,file_path,tag_code,label
                7,images/b1.jpg,200,
                7,images/b2.jpg,200,
                """);
        settingsFile = dir.resolve("server_setting.json");
        Files.writeString(settingsFile, "{\n  \"host\": \"127.0.0.1\",\n  \"port\": 0,\n"
                + "  \"csv_dir\": \"" + data + "\",\n  \"meta_path\": \"" + data.resolve("meta.csv") + "\",\n"
                + "  \"csv_save_dir\": \"" + saveDir + "\",\n  \"autosave_changes\": 0,\n  \"autosave_seconds\": 0,\n"
                + "  \"admin_token\": \"" + ADMIN_TOKEN + "\"\n}\n");
        server = ServerProcess.start(settingsFile, dir);
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (server != null) {
            server.close();
        }
    }

    private record Run(int exitCode, String out, String err) {
    }

    private Run admin(String... verb) {
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

    @Test
    void datasetsStatsAndSaveGoByDatasetAndLoadNoneForItself() throws Exception {
        Run before = admin("datasets");
        assertThat(before.exitCode()).as(before.err()).isZero();
        assertThat(before.out()).containsPattern("dataset +state +rows +clips +frames +labelled frames +done")
                .containsPattern("day1 +not loaded +- +- +- +- +-")
                .containsPattern("day2 +not loaded +- +- +- +- +-");
        Run nobody = admin("stats", "--annotators");
        assertThat(nobody.exitCode()).as(nobody.err()).isZero();
        assertThat(nobody.out().strip()).as("no dataset loaded: no annotator rows").endsWith("last active");
        assertThat(admin("datasets").out()).as("asking loads nothing, not even the default dataset")
                .containsPattern("day1 +not loaded");

        try (V1Client annotator = new V1Client(server.address())) {
            // A v1 client works on the default dataset, the first by name: day1 loads now.
            assertThat(annotator.change(0, 0, true, false, false)).isNull();

            Run datasets = admin("datasets");
            assertThat(datasets.out()).containsPattern("day1 +loaded +2 +2 +2 +1 +50.0%")
                    .containsPattern("day2 +not loaded +- +- +- +- +-");

            Run stats = admin("stats");
            assertThat(stats.exitCode()).as(stats.err()).isZero();
            assertThat(stats.out()).containsPattern("dataset +state +changes +unsaved +saves")
                    .containsPattern("day1 +loaded +1 +1 +0")
                    .containsPattern("day2 +not loaded +- +- +-");
            Run annotators = admin("stats", "--annotators");
            assertThat(annotators.exitCode()).as(annotators.err()).isZero();
            assertThat(annotators.out()).containsPattern("day1 +v1@127\\.0\\.0\\.1 +1 +1 +1 +<0\\.1 +0 +0 +- +0 +20")
                    .containsPattern("day1 +2 +1 \\(50%\\) +0 \\(0%\\)")
                    .doesNotContainPattern("day2 +v1@");
            assertThat(admin("datasets").out()).containsPattern("day2 +not loaded");

            Run notLoaded = admin("save", "day2");
            assertThat(notLoaded.exitCode()).as(notLoaded.err()).isZero();
            assertThat(notLoaded.out()).contains("day2: not loaded, nothing to save");
            assertThat(saveDir.resolve("day2__labelled__.csv")).doesNotExist();
            assertThat(admin("datasets").out()).containsPattern("day2 +not loaded");

            Run saved = admin("save", "day1");
            assertThat(saved.exitCode()).as(saved.err()).isZero();
            assertThat(saved.out()).contains("day1: saved 1 change to ");
            assertThat(Files.readString(saveDir.resolve("day1__labelled__.csv")))
                    .contains("1,camera_front,images/img_001.jpg,True,False,False");
            assertThat(admin("stats").out()).containsPattern("day1 +loaded +1 +0 +1");

            Run unknown = admin("save", "day9");
            assertThat(unknown.exitCode()).isEqualTo(1);
            assertThat(unknown.err()).contains("there is no dataset named \"day9\"; this server has day1, day2");
        }
    }

    @Test
    void aLiveDefaultDatasetIsWhatAV1ClientConnectingAfterwardsGets() throws Exception {
        try (V1Client early = new V1Client(server.address())) {
            assertThat(early.tagList()).containsExactly("Clear Weather", "Rainy", "Foggy");

            Run set = admin("set", "default_dataset", "day2");
            assertThat(set.exitCode()).as(set.err()).isZero();
            assertThat(set.out()).contains("default_dataset: (the first in name order) -> day2, applies now");
            assertThat(new ObjectMapper().readTree(settingsFile.toFile()).get("default_dataset").asText())
                    .isEqualTo("day2");
            assertThat(admin("settings").out()).containsPattern("default_dataset +day2 +yes");

            try (V1Client late = new V1Client(server.address())) {
                assertThat(late.tagList()).containsExactly("Rainy");
                assertThat(late.clips()).hasSize(1);
            }
            // A connection keeps the dataset it works on.
            assertThat(early.tagList()).containsExactly("Clear Weather", "Rainy", "Foggy");
        }

        Run unknown = admin("set", "default_dataset", "day9");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("field \"default_dataset\": there is no dataset named \"day9\"");
        assertThat(new ObjectMapper().readTree(settingsFile.toFile()).get("default_dataset").asText())
                .isEqualTo("day2");
    }
}
