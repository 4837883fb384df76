package dev.fitt.bootstrap.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release archives as a user gets them (run by failsafe after {@code package}): unpacked into a
 * fresh folder, away from the source tree and Maven, their {@code bin/fitt} prints the version and
 * starts a server on a small dataset. The linux-x64 one runs with no Java anywhere on the PATH.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "runs bin/fitt, the bash launcher")
class ReleaseArchivesIT {
    private static final String VERSION = System.getProperty("fitt.version");
    private static final Path ZIP = Path.of(System.getProperty("fitt.zip"));
    private static final Path LINUX_ARCHIVE = Path.of(System.getProperty("fitt.linuxArchive"));

    @TempDir
    Path dir;

    @Test
    void theZipRunsOnTheJavaOfThePathWithTheLaunchersServerDefaults() throws Exception {
        Path home = unzip(ZIP, dir.resolve("unpacked")).resolve("fitt-" + VERSION);
        Path javaBin = Path.of(System.getProperty("java.home"), "bin");
        Map<String, String> env = Map.of("PATH", javaBin + ":/usr/bin:/bin", "HOME", dir.resolve("user").toString(),
                "FITT_CLASS_ARCHIVE", "off");

        assertThat(Files.getPosixFilePermissions(home.resolve("bin/fitt"))).contains(PosixFilePermission.OWNER_EXECUTE);
        assertThat(home.resolve("README.md")).isRegularFile();
        assertThat(home.resolve("completion/fitt.bash")).content().contains("complete -F");
        assertThat(home.resolve("licenses/THIRD-PARTY.txt")).content()
                .contains("com.google.inject:guice", "ch.qos.logback:logback-classic", "info.picocli:picocli");
        assertThat(home.resolve("licenses/libraries")).isDirectoryRecursivelyContaining("glob:**/commons-io*/**/NOTICE.txt");
        assertThat(home.resolve("lib/fitt.jar")).isRegularFile();
        assertThat(classesIn(home.resolve("lib/fitt.jar"))).as("the benchmark driver is no part of the product")
                .isNotEmpty().noneMatch(name -> name.startsWith("dev/fitt/bench/") || name.contains("/bench/"));

        Run version = run(home, env, "--version");
        assertThat(version.exitCode()).as(version.output()).isZero();
        assertThat(version.output()).startsWith("fitt " + VERSION + " (commit ");

        Path settings = tinyDataset(dir.resolve("data"));
        Run check = run(home, env, "server", "--config", settings.toString(), "--check");
        assertThat(check.exitCode()).as(check.output()).isZero();
        assertThat(check.output()).contains("--check: the server started");

        // The JVM prints the flags it was given: the server gets the launcher's defaults (lib/jvm), the
        // client side does not.
        Map<String, String> printFlags = Map.of("PATH", env.get("PATH"), "HOME", env.get("HOME"),
                "FITT_CLASS_ARCHIVE", "off", "JAVA_OPTS", "-XX:+PrintCommandLineFlags");
        Run server = run(home, printFlags, "server", "--config", settings.toString(), "--check");
        assertThat(server.output()).contains("-XX:+UseParallelGC", "-XX:ThreadStackSize=512",
                "-XX:+ExitOnOutOfMemoryError", "-XX:MaxHeapSize=");
        Run notServer = run(home, printFlags, "--version");
        assertThat(notServer.output()).doesNotContain("-XX:+UseParallelGC", "-XX:ThreadStackSize=512");
    }

    @Test
    @EnabledOnOs(value = OS.LINUX, architectures = "amd64")
    void theLinuxArchiveRunsWithItsOwnRuntimeAndNoJavaOnThePath() throws Exception {
        Path unpacked = Files.createDirectories(dir.resolve("unpacked"));
        Run untar = exec(List.of("tar", "-xzf", LINUX_ARCHIVE.toString(), "-C", unpacked.toString()), Map.of(
                "PATH", "/usr/bin:/bin"), dir);
        assertThat(untar.exitCode()).as(untar.output()).isZero();
        Path home = unpacked.resolve("fitt-" + VERSION);
        Path user = dir.resolve("user");
        Map<String, String> env = Map.of("PATH", toolsWithoutJava().toString(), "HOME", user.toString());

        Run noJava = exec(List.of("bash", "-c", "command -v java"), env, dir);
        assertThat(noJava.exitCode()).as("java must not be on the test's PATH: " + noJava.output()).isNotZero();

        Run version = run(home, env, "--version");
        assertThat(version.exitCode()).as(version.output()).isZero();
        assertThat(version.output()).startsWith("fitt " + VERSION + " (commit ");

        // The sample draws JPEGs: the runtime has what images need (java.desktop, headless).
        Run sample = run(home, env, "sample", "--out", dir.resolve("sample").toString(), "--rows", "12",
                "--image-pool", "2");
        assertThat(sample.exitCode()).as(sample.output()).isZero();
        Path settings = dir.resolve("settings.json");
        Files.writeString(settings, settingsFor(dir.resolve("sample/data.csv"), dir.resolve("sample/meta.csv"),
                dir.resolve("sample/out")));

        Run check = run(home, env, "server", "--config", settings.toString(), "--check");
        assertThat(check.exitCode()).as(check.output()).isZero();
        assertThat(check.output()).contains("--check: the server started", "rows:    12");
        // The first server start made its class archive in the user's cache (not the install folder).
        try (Stream<Path> cached = Files.walk(user.resolve(".cache/fitt"))) {
            assertThat(cached.filter(p -> p.getFileName().toString().equals("fitt-server.jsa"))).hasSize(1);
        }
        Run again = run(home, env, "server", "--config", settings.toString(), "--check");
        assertThat(again.exitCode()).as(again.output()).isZero();
        assertThat(again.output()).doesNotContain("preparing a class archive", "class archive (the server starts");
    }

    private static List<String> classesIn(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.stream().map(ZipEntry::getName).filter(name -> name.startsWith("dev/fitt/"))
                    .toList();
        }
    }

    /** A folder holding links to only the commands the launcher uses: no java. */
    private Path toolsWithoutJava() throws IOException {
        Path tools = Files.createDirectories(dir.resolve("tools"));
        for (String tool : List.of("bash", "env", "dirname", "readlink", "grep", "mkdir", "mktemp", "mv", "rm", "cat",
                "cksum", "cut")) {
            Path found = Stream.of("/usr/bin", "/bin").map(folder -> Path.of(folder, tool)).filter(Files::isExecutable)
                    .findFirst().orElseThrow(() -> new IllegalStateException("no " + tool + " in /usr/bin or /bin"));
            Files.createSymbolicLink(tools.resolve(tool), found);
        }
        return tools;
    }

    private Path tinyDataset(Path folder) throws IOException {
        Files.createDirectories(folder);
        Path data = Files.writeString(folder.resolve("data.csv"),
                "clip_id,modality,file_path,tag_code_100\n1,camera_front,a.jpg,True\n1,camera_rear,b.jpg,\n");
        Path meta = Files.writeString(folder.resolve("meta.csv"), "code,alias\n100,Clear Weather\n");
        // Empty, as the images are never read by a server start; present, as --check looks for them.
        Files.createFile(folder.resolve("a.jpg"));
        Files.createFile(folder.resolve("b.jpg"));
        return Files.writeString(folder.resolve("settings.json"), settingsFor(data, meta, folder.resolve("out")));
    }

    private static String settingsFor(Path data, Path meta, Path out) {
        return "{\"host\": \"127.0.0.1\", \"port\": 0, \"csv_dir\": \"" + data + "\", \"csv_save_dir\": \"" + out
                + "\", \"meta_path\": \"" + meta + "\"}\n";
    }

    private Run run(Path home, Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(home.resolve("bin/fitt").toString());
        command.addAll(List.of(args));
        return exec(command, env, dir);
    }

    private static Run exec(List<String> command, Map<String, String> env, Path workingDirectory)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile()).redirectErrorStream(true);
        // Nothing of this JVM's environment (JAVA_HOME, the PATH with its java) reaches the launcher.
        builder.environment().clear();
        builder.environment().putAll(env);
        Process process = builder.start();
        byte[] output;
        try (InputStream in = process.getInputStream()) {
            output = in.readAllBytes();
        }
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(command + " did not end within 2 minutes");
        }
        return new Run(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    /** Unpacks with the zip's own file modes, as unzip does: bin/fitt must come out executable. */
    private static Path unzip(Path zip, Path target) throws IOException {
        try (FileSystem archive = FileSystems.newFileSystem(URI.create("jar:" + zip.toUri()),
                Map.of("enablePosixFileAttributes", "true"));
                Stream<Path> entries = Files.walk(archive.getPath("/"))) {
            for (Path entry : (Iterable<Path>) entries::iterator) {
                Path out = target.resolve(archive.getPath("/").relativize(entry).toString());
                if (Files.isDirectory(entry)) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    Files.copy(entry, out);
                    Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(entry);
                    Files.setPosixFilePermissions(out, permissions);
                }
            }
        }
        return target;
    }

    private record Run(int exitCode, String output) {}
}
