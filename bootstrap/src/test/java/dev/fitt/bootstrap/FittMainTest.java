package dev.fitt.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.fitt.bootstrap.settings.ClientSettings;
import dev.fitt.bootstrap.settings.SettingsLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

@Timeout(60)
class FittMainTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int fitt(String... args) {
        CommandLine commandLine = FittMain.commandLine(CommandLine.defaultFactory(), args);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void helpListsEverySubcommand() {
        assertThat(fitt("--help")).isEqualTo(0);

        assertThat(out.toString()).contains("server", "client", "demo", "tag", "sample", "import", "export");
    }

    /** The benchmark driver is a tool of its own (bench/, fitt-bench.jar), not a command users get. */
    @Test
    void benchIsNoCommandOfTheProduct() {
        assertThat(fitt("bench", "--port", "4000", "--allow-writes")).isEqualTo(2);

        assertThat(err.toString()).contains("Unmatched arguments");
        assertThat(FittMain.commandLine(CommandLine.defaultFactory(), "--help").getSubcommands()).doesNotContainKey("bench");
    }

    @Test
    void aSubcommandIsBuiltAloneAndAnythingElseSeesThemAll() {
        CommandLine.IFactory factory = CommandLine.defaultFactory();

        assertThat(FittMain.commandLine(factory, "sample", "--rows", "3").getSubcommands())
                .containsOnlyKeys("sample", "generate-completion");
        assertThat(FittMain.commandLine(factory, "--help").getSubcommands())
                .containsOnlyKeys("server", "client", "demo", "tag", "sample", "import", "export", "admin",
                        "generate-completion");
        assertThat(FittMain.commandLine(factory, "serve").getSubcommands()).hasSize(9);
        assertThat(FittMain.commandLine(factory).getSubcommands()).hasSize(9);
    }

    @Test
    void generateCompletionPrintsABashScriptThatCompletesEverySubcommandAndItsOptions() {
        assertThat(fitt("generate-completion")).isEqualTo(0);

        assertThat(out.toString()).contains("complete -F", "server", "client", "demo", "tag", "sample",
                "import", "export", "--config", "--check", "--rows");
    }

    @Test
    void everySubcommandHasItsOwnHelp() {
        for (String command : new String[] {"server", "client", "demo", "tag", "sample", "import",
                "export", "admin"}) {
            out.getBuffer().setLength(0);
            assertThat(fitt(command, "--help")).as(command).isEqualTo(0);
            assertThat(out.toString()).as(command).startsWith("Usage: fitt " + command)
                    .contains("%nDescription:%n".formatted(), "%nOptions:%n".formatted(), "--help",
                            "%nExit status:%n".formatted(), " 0 ", " 1 ", " 2 ");
        }
    }

    @Test
    void serverHelpNamesTheOutOfMemoryExitStatusTheLauncherGivesIt() {
        assertThat(fitt("server", "--help")).isEqualTo(0);

        assertThat(out.toString()).containsPattern("\\s3\\s+out of memory");
    }

    @Test
    void versionNamesTheProjectVersion() {
        assertThat(fitt("--version")).isEqualTo(0);

        assertThat(out.toString()).startsWith("fitt 1.0.0 (");
    }

    @Test
    void versionNamesTheCommitItWasBuiltFromWhenTheBuildHadOne() throws Exception {
        String head = gitHead();
        assertThat(fitt("--version")).isEqualTo(0);

        String firstLine = out.toString().lines().findFirst().orElseThrow();
        if (head.isEmpty()) {
            assertThat(firstLine).isEqualTo("fitt 1.0.0 (commit unknown)");
        } else {
            assertThat(firstLine).matches("fitt 1\\.0\\.0 \\(commit [0-9a-f]{7,}(, with local changes)?\\)");
            assertThat(head).startsWith(firstLine.split(" ")[3].replaceAll("[),]", ""));
        }
    }

    /** The commit checked out here, or "" when this is no git work tree (e.g. a source archive). */
    private static String gitHead() throws IOException, InterruptedException {
        try {
            Process git = new ProcessBuilder("git", "rev-parse", "HEAD").redirectErrorStream(true).start();
            String printed = new String(git.getInputStream().readAllBytes()).trim();
            return git.waitFor() == 0 ? printed : "";
        } catch (IOException noGit) {
            return "";
        }
    }

    @Test
    void noSubcommandPrintsUsageAndIsAUsageError() {
        assertThat(fitt()).isEqualTo(2);

        assertThat(err.toString()).contains("Usage: fitt");
    }

    @Test
    void unknownSubcommandIsAUsageError() {
        assertThat(fitt("serve")).isEqualTo(2);

        assertThat(err.toString()).contains("serve");
    }

    @Test
    void sampleWritesTheDatasetAndPrintsASummary() {
        Path target = dir.resolve("sample");

        int code = fitt("sample", "--out", target.toString(), "--rows", "9", "--cameras", "a,b,c",
                "--tags", "2", "--image-pool", "2");

        assertThat(code).as(err.toString()).isEqualTo(0);
        assertThat(target.resolve("data.csv")).exists();
        assertThat(target.resolve("meta.csv")).exists();
        assertThat(target.resolve("images/img_000001.jpg")).exists();
        assertThat(out.toString()).contains("Wrote a sample dataset", "9 rows", "3 cameras", "2 JPEGs");
    }

    @Test
    void twoNamedSamplesMakeAFolderOfTwoDatasetsSharingMetaAndImages() throws IOException {
        Path folder = dir.resolve("data");
        assertThat(fitt("sample", "--out", folder.toString(), "--name", "day1", "--rows", "30")).as(err.toString())
                .isZero();
        String meta = Files.readString(folder.resolve("meta.csv"));
        assertThat(fitt("sample", "--out", folder.toString(), "--name", "day2", "--rows", "24", "--image-pool", "3"))
                .as(err.toString()).isZero();

        assertThat(folder.resolve("data.csv")).doesNotExist();
        assertThat(folder.resolve("meta.csv")).hasContent(meta);
        List<String> day1 = Files.readAllLines(folder.resolve("day1.csv"));
        List<String> day2 = Files.readAllLines(folder.resolve("day2.csv"));
        assertThat(day1.get(1)).startsWith("day1_0001,camera_front,images/");
        assertThat(day2.get(1)).startsWith("day2_0001,camera_front,images/");
        java.util.Set<String> images1 = day1.stream().skip(1).map(line -> line.split(",")[2])
                .collect(java.util.stream.Collectors.toSet());
        java.util.Set<String> images2 = day2.stream().skip(1).map(line -> line.split(",")[2])
                .collect(java.util.stream.Collectors.toSet());
        assertThat(images1).doesNotContainAnyElementsOf(images2);
        assertThat(images1).allMatch(image -> Files.exists(folder.resolve(image)));
        assertThat(images2).allMatch(image -> Files.exists(folder.resolve(image)));

        Path config = Files.writeString(dir.resolve("server_setting.json"), "{\"host\": \"127.0.0.1\", \"port\": 0,"
                + " \"csv_dir\": \"" + folder + "\", \"meta_path\": \"" + folder.resolve("meta.csv") + "\","
                + " \"csv_save_dir\": \"" + dir.resolve("out") + "\"}");
        assertThat(fitt("server", "--config", config.toString(), "--check")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("(2 datasets, ").contains("datasets: day1, day2");
    }

    @Test
    void aNamedSampleRefusesADifferentMetaWithoutForce() throws IOException {
        Path folder = dir.resolve("data");
        assertThat(fitt("sample", "--out", folder.toString(), "--name", "day1", "--rows", "9")).isZero();
        assertThat(fitt("sample", "--out", folder.toString(), "--name", "day2", "--rows", "9", "--tags", "2"))
                .isEqualTo(2);
        assertThat(err.toString()).contains(folder.resolve("meta.csv").toString()).contains("--force");
        assertThat(folder.resolve("day2.csv")).doesNotExist();
    }

    @Test
    void sampleWithTooManyClipsIsAUsageErrorNamingTheOption() {
        int code = fitt("sample", "--out", dir.toString(), "--rows", "6", "--clips", "5");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--clips must be between 1 and 2 (6 rows over 3 cameras), got 5");
        assertThat(dir.resolve("data.csv")).doesNotExist();
    }

    @Test
    void sampleWithoutRowsIsAUsageError() {
        assertThat(fitt("sample", "--out", dir.toString())).isEqualTo(2);

        assertThat(err.toString()).contains("--rows");
    }

    @Test
    void sampleRefusingToReplaceDataIsAUsageErrorNamingTheOptionAndTheFile() throws IOException {
        Files.writeString(dir.resolve("data.csv"), "keep me");

        assertThat(fitt("sample", "--out", dir.toString(), "--rows", "3")).isEqualTo(2);

        assertThat(err.toString()).startsWith("fitt sample: --out: " + dir.resolve("data.csv")).contains("--force")
                .hasLineCount(1);
        assertThat(dir.resolve("data.csv")).hasContent("keep me");
    }

    @Test
    void serverWithoutSettingsWritesATemplateAndStopsWithExitCodeTwo() {
        Path config = dir.resolve("server_setting.json");

        assertThat(fitt("server", "--config", config.toString())).isEqualTo(2);

        assertThat(config).exists();
        assertThat(err.toString()).contains("fitt server: no server settings at " + config, "\"csv_dir\"");
    }

    @Test
    void serverWithAWrongTypeExitsTwoNamingFileAndField() throws IOException {
        Path config = dir.resolve("server_setting.json");
        Files.writeString(config, "{\"port\": \"abc\", \"csv_dir\": \"d.csv\", \"meta_path\": \"m.csv\"}");

        assertThat(fitt("server", "--config", config.toString())).isEqualTo(2);

        assertThat(err.toString()).contains(config + ", line 1, column 10: field \"port\" must be a whole number");
    }

    /** Writes {@code d.csv} with {@code data}, a one-tag {@code m.csv} and loopback server settings with {@code saving}. */
    private Path serverOn(String data, String saving) throws IOException {
        Files.writeString(dir.resolve("d.csv"), data);
        Files.writeString(dir.resolve("m.csv"), "code,alias\n100,Clear Weather\n");
        return Files.writeString(dir.resolve("server_setting.json"), "{\"host\": \"127.0.0.1\", \"port\": 0, \"csv_dir\": \""
                + dir.resolve("d.csv") + "\", \"meta_path\": \"" + dir.resolve("m.csv") + "\", " + saving + "}");
    }

    @Test
    void aServerOnAPortInUseSaysSoBeforeItLoadsOrTouchesTheSaveFolder() throws IOException {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            Path config = serverOn("clip_id,file_path,tag_code_100\n1,a.jpg,True\n1,b.jpg,\n",
                    "\"csv_save_dir\": \"" + dir.resolve("out") + "\"");
            Files.writeString(config, Files.readString(config).replace("\"port\": 0", "\"port\": " + taken.getLocalPort()));

            assertThat(fitt("server", "--config", config.toString())).isEqualTo(1);

            assertThat(err.toString()).contains("cannot listen on 127.0.0.1:" + taken.getLocalPort());
            assertThat(dir.resolve("out")).as("no lock, journal or cache written for a server that cannot serve")
                    .doesNotExist();
        }
    }

    @Test
    void serverCheckStartsOnTheDatasetAndStopsWithExitCodeZero() throws IOException {
        Path config = serverOn("clip_id,file_path,tag_code_100\n1,a.jpg,True\n1,b.jpg,\n",
                "\"csv_save_dir\": \"" + dir.resolve("out") + "\"");
        Files.write(dir.resolve("a.jpg"), new byte[] {1});
        Files.write(dir.resolve("b.jpg"), new byte[] {2});

        assertThat(fitt("server", "--config", config.toString(), "--check")).isEqualTo(0);

        assertThat(err.toString()).isEmpty();
        assertThat(dir.resolve("out/d__labelled__.csv")).doesNotExist();
    }

    @Test
    void serverPrintsItsStartSummaryToStdoutAsOneBlockAndLogsItNot() throws IOException {
        Path config = serverOn("clip_id,file_path,tag_code_100\n1,a.jpg,True\n", "\"save_to_same_file\": true");
        Files.write(dir.resolve("a.jpg"), new byte[] {1});

        List<ILoggingEvent> log = serverLog(
                () -> assertThat(fitt("server", "--config", config.toString(), "--check")).isEqualTo(0));

        // Seen even with FITT_LOG_LEVEL=WARN, and scripts read the port from it.
        assertThat(out.toString()).startsWith("fitt server ready in ").containsPattern(
                "\\n  tags: +100=Clear Weather\\n  saves: +.*\\n  listen: +127\\.0\\.0\\.1:\\d+\\n$");
        assertThat(log).extracting(ILoggingEvent::getFormattedMessage).noneMatch(m -> m.contains("listen:"));
    }

    /** What ServerCommand logs while {@code run} runs. */
    private static List<ILoggingEvent> serverLog(Runnable run) {
        Logger logger = (Logger) LoggerFactory.getLogger(ServerCommand.class);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        try {
            run.run();
        } finally {
            logger.detachAppender(appender);
        }
        return appender.list;
    }

    @Test
    void serverCheckWithEveryImageMissingExitsTwoNamingTheFirstFew() throws IOException {
        Path config = serverOn("clip_id,file_path,tag_code_100\n1,a.jpg,True\n1,b.jpg,\n2,c.jpg,\n",
                "\"csv_save_dir\": \"" + dir.resolve("out") + "\"");

        assertThat(fitt("server", "--config", config.toString(), "--check")).isEqualTo(2);

        assertThat(err.toString()).contains("fitt server: --check: not one of the 3 rows' images can be served",
                "\"image_root\"", "images: 3 of 3 cannot be served", "image not found: a.jpg",
                "image not found: b.jpg", "image not found: c.jpg");
    }

    @Test
    void serverCheckWithSomeImagesMissingOrOutsideTheRootWarnsWithTheCountAndExitsZero() throws IOException {
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.writeString(data.resolve("d.csv"),
                "clip_id,file_path,tag_code_100\n1,a.jpg,True\n1,b.jpg,\n2,../secret.txt,\n2,d.jpg,\n");
        Files.write(data.resolve("a.jpg"), new byte[] {1});
        Files.write(data.resolve("d.jpg"), new byte[] {1});
        Files.writeString(dir.resolve("secret.txt"), "token");
        Files.writeString(dir.resolve("m.csv"), "code,alias\n100,Clear Weather\n");
        Path config = Files.writeString(dir.resolve("server_setting.json"), "{\"host\": \"127.0.0.1\", \"port\": 0,"
                + " \"csv_dir\": \"" + data.resolve("d.csv") + "\", \"meta_path\": \"" + dir.resolve("m.csv")
                + "\", \"csv_save_dir\": \"" + dir.resolve("out") + "\"}");

        List<ILoggingEvent> log = serverLog(
                () -> assertThat(fitt("server", "--config", config.toString(), "--check")).isEqualTo(0));

        assertThat(log).filteredOn(e -> e.getLevel() == Level.WARN).singleElement()
                .extracting(ILoggingEvent::getFormattedMessage).asString()
                .contains("images: 2 of 4 cannot be served", "image not found: b.jpg",
                        "image refused: ../secret.txt is outside the image root");
    }

    @Test
    void serverWithAnImageRootThatIsNoFolderExitsTwoNamingTheField() throws IOException {
        Path config = serverOn("clip_id,file_path,tag_code_100\n1,a.jpg,True\n",
                "\"save_to_same_file\": true, \"image_root\": \"" + dir.resolve("no-such-folder") + "\"");

        assertThat(fitt("server", "--config", config.toString(), "--check")).isEqualTo(2);

        assertThat(err.toString()).contains("fitt server: field \"image_root\": the image root "
                + dir.resolve("no-such-folder") + " does not exist");
    }

    @Test
    void serverWithAMissingTlsKeystoreExitsTwoNamingTheField() throws IOException {
        Path keystore = dir.resolve("no-such-keystore.p12");
        Path config = serverOn("clip_id,file_path,tag_code_100\n1,a.jpg,True\n", "\"save_to_same_file\": true,"
                + " \"tls_keystore\": \"" + keystore + "\", \"tls_keystore_password\": \"secret\"");

        assertThat(fitt("server", "--config", config.toString(), "--check")).isEqualTo(2);

        assertThat(err.toString()).startsWith("fitt server: field \"tls_keystore\": ").contains(keystore.toString())
                .hasLineCount(1);
    }

    @Test
    void serverWithATlsKeystoreThatIsNoPkcs12ExitsTwoNamingTheField() throws IOException {
        Path keystore = Files.writeString(dir.resolve("keystore.p12"), "not a keystore");
        Path config = serverOn("clip_id,file_path,tag_code_100\n1,a.jpg,True\n", "\"save_to_same_file\": true,"
                + " \"tls_keystore\": \"" + keystore + "\", \"tls_keystore_password\": \"secret\"");

        assertThat(fitt("server", "--config", config.toString(), "--check")).isEqualTo(2);

        assertThat(err.toString()).startsWith("fitt server: field \"tls_keystore\": ").contains(keystore.toString())
                .hasLineCount(1);
    }

    @Test
    void serverCheckOnABadDatasetExitsTwoLikeAStart() throws IOException {
        Path config = serverOn("clip_id,file_path,tag_code_100\n1,a.jpg,maybe\n", "\"save_to_same_file\": true");

        assertThat(fitt("server", "--config", config.toString(), "--check")).isEqualTo(2);

        assertThat(err.toString()).contains("d.csv line 2, column tag_code_100");
    }

    @Test
    void serverWithABadCellInTheDataExitsTwoNamingFileLineAndColumn() throws IOException {
        Path config = serverOn("clip_id,file_path,tag_code_100\n1,a.jpg,True\n1,b.jpg,maybe\n",
                "\"save_to_same_file\": true");

        assertThat(fitt("server", "--config", config.toString())).isEqualTo(2);

        assertThat(err.toString()).contains("fitt server: error: ", "d.csv line 3, column tag_code_100",
                "\"maybe\"");
        assertThat(Files.readString(dir.resolve("d.csv"))).endsWith("1,b.jpg,maybe\n");
    }

    @Test
    void tagAcceptsOnlyOneWayToSave() {
        int code = fitt("tag", "d.csv", "--meta", "m.csv", "--save-to-same-file", "--save-dir", "out");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("mutually exclusive");
    }

    @Test
    void tagNeedsTheMetaFile() {
        assertThat(fitt("tag", "d.csv")).isEqualTo(2);

        assertThat(err.toString()).contains("--meta");
    }

    @Test
    void tagSavesNextToTheDataByDefault() {
        TagCommand tag = new TagCommand();
        new CommandLine(tag).parseArgs("data/d.csv", "--meta", "m.csv");

        assertThat(tag.settings(dir).saveTarget()).isEqualTo(dir.resolve("data/d__labelled__.csv"));
        assertThat(tag.settings(dir).metaPath()).isEqualTo(dir.resolve("m.csv"));
    }

    @Test
    void tagCanSaveInPlace() {
        TagCommand tag = new TagCommand();
        new CommandLine(tag).parseArgs("d.csv", "--meta", "m.csv", "--save-to-same-file");

        assertThat(tag.settings(dir).saveTarget()).isEqualTo(dir.resolve("d.csv"));
    }

    @Test
    void tagReadsTheClientSettingsButWritesNoFileWhenThereIsNone() {
        Path config = dir.resolve("client_setting.json");
        TagCommand tag = new TagCommand();
        new CommandLine(tag).parseArgs("d.csv", "--meta", "m.csv", "--config", config.toString());

        assertThat(tag.clientSettings(new SettingsLoader())).isEqualTo(ClientSettings.defaults());
        assertThat(config).doesNotExist();
    }
}
