package dev.fitt.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.google.inject.Guice;
import dev.fitt.bootstrap.FittMain;
import dev.fitt.bootstrap.server.RunningTaggingServer;
import dev.fitt.bootstrap.server.ServerApplication;
import dev.fitt.bootstrap.server.ServerModules;
import java.awt.GraphicsEnvironment;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * One save folder, one fitt: a second server (or `fitt tag`) on an output already served is
 * refused at start with exit code 2, naming the folder and the process holding it, and touches
 * nothing there; the hold ends with its holder, however it ends (SIGKILL included).
 */
@Timeout(180)
class SaveFolderLockTest {
    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private RunningTaggingServer start(GroupedDataset data) throws Exception {
        return Guice.createInjector(ServerModules.from(data.settings(), dir)).getInstance(ServerApplication.class)
                .start();
    }

    /** `fitt args...` in this JVM, its error output kept in {@link #err}. */
    private int fitt(String... args) {
        CommandLine commandLine = FittMain.commandLine(CommandLine.defaultFactory());
        commandLine.setOut(new PrintWriter(new StringWriter(), true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    /** A save as a crash in the middle of one leaves it: the writer's own temp file name. */
    private static Path plantUnfinishedSave(Path output) throws Exception {
        Path temp = Files.createTempFile(output.getParent(), "." + output.getFileName() + ".", ".saving");
        Files.writeString(temp, "clip_id,modality,file_path,half a save");
        return temp;
    }

    @Test
    void aSecondServerOnAServedSaveFolderIsRefusedNamingTheFolderAndTheHolderAndTouchesNothing() throws Exception {
        GroupedDataset data = GroupedDataset.write(dir.resolve("data"), 1, 2);
        Path settings = ServerProcess.writeSettings(dir, data, 0);
        try (RunningTaggingServer first = start(data)) {
            try (V1Client client = new V1Client(new InetSocketAddress("127.0.0.1", first.address().getPort()))) {
                assertThat(client.change(0, 0, true, false, false)).isNull();
            }
            Path inProgress = plantUnfinishedSave(data.output());
            List<Path> before = files(data.saveDir);

            assertThat(fitt("server", "--config", settings.toString(), "--check")).isEqualTo(2);

            assertThat(err.toString().lines()).hasSize(1);
            assertThat(err.toString()).startsWith("fitt server: error: ")
                    .contains(data.saveDir.toAbsolutePath().toString(), "pid " + ProcessHandle.current().pid());
            assertThat(inProgress).exists();
            assertThat(files(data.saveDir)).isEqualTo(before);
        }
        err.getBuffer().setLength(0);
        assertThat(fitt("server", "--config", settings.toString(), "--check")).as(err.toString()).isZero();
        assertThat(Files.readAllLines(data.output()).get(1)).endsWith(",True,False,False");
    }

    @Test
    void leftoverTempFilesOfACrashedSaveAreRemovedAtStartAndOnlyThose() throws Exception {
        GroupedDataset data = GroupedDataset.write(dir.resolve("data"), 1, 2);
        Files.createDirectories(data.saveDir);
        Path crashed = plantUnfinishedSave(data.output());
        Path crashedToo = plantUnfinishedSave(data.output());
        Path otherOutputs = plantUnfinishedSave(data.saveDir.resolve("other__labelled__.csv"));
        Path usersOwn = Files.writeString(data.saveDir.resolve("notes.saving"), "mine");

        try (RunningTaggingServer server = start(data)) {
            assertThat(crashed).doesNotExist();
            assertThat(crashedToo).doesNotExist();
            assertThat(otherOutputs).exists();
            assertThat(usersOwn).exists();
        }
    }

    @Test
    void aServerProcessHoldsTheFolderUntilItIsKilledAndASecondProcessExitsTwoMeanwhile() throws Exception {
        GroupedDataset data = GroupedDataset.write(dir.resolve("data"), 1, 2);
        Path settings = ServerProcess.writeSettings(dir, data, 0);
        try (ServerProcess first = ServerProcess.start(settings, dir)) {
            ServerProcess.Finished second = ServerProcess.run(dir, "server", "--config", settings.toString(),
                    "--check");

            assertThat(second.exitCode()).as(second.output()).isEqualTo(2);
            assertThat(second.output()).contains("fitt server: error: ", data.saveDir.toAbsolutePath().toString(),
                    "pid " + first.pid());

            first.kill();
        }
        ServerProcess.Finished afterKill = ServerProcess.run(dir, "server", "--config", settings.toString(),
                "--check");
        assertThat(afterKill.exitCode()).as(afterKill.output()).isZero();
    }

    @Test
    void fittTagOnAServedSaveFolderIsRefusedBeforeItOpensAWindow() throws Exception {
        // Without a display fitt tag stops before it looks at the folder (NoDisplayTest).
        assumeFalse(GraphicsEnvironment.isHeadless(), "needs a display (CI runs under xvfb-run)");
        GroupedDataset data = GroupedDataset.write(dir.resolve("data"), 1, 2);
        try (RunningTaggingServer server = start(data)) {
            ServerProcess.Finished tag = ServerProcess.runOnTheDisplay(dir, "tag", data.dataCsv.toString(), "--meta",
                    data.metaCsv.toString(), "--save-dir", data.saveDir.toString(), "--config",
                    dir.resolve("client_setting.json").toString());

            assertThat(tag.exitCode()).as(tag.output()).isEqualTo(2);
            assertThat(tag.output()).contains("fitt tag: error: ", data.saveDir.toAbsolutePath().toString(),
                    "pid " + ProcessHandle.current().pid());
        }
    }

    private static List<Path> files(Path folder) throws Exception {
        try (var list = Files.list(folder)) {
            return list.sorted().toList();
        }
    }
}
