package dev.fitt.bootstrap.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bash launchers (the release's {@code bin/fitt} and the source tree's {@code ./fitt}, both
 * through {@code lib/launch.bash}) check the Java they are to run before anything else, and give a
 * server the JVM flags its settings call for: real launcher processes, a PATH of few tools, and a
 * fake {@code java} script that reports a version and notes in a file whenever it is asked to run fitt.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "runs the bash launchers")
class LauncherTest {
    /** The source tree's bootstrap module: surefire runs in it. */
    private static final Path MODULE = Path.of("").toAbsolutePath();
    private static final Path RELEASE_LAUNCHER = MODULE.resolve("src/dist/bin/fitt");
    private static final Path SOURCE_LAUNCHER = MODULE.getParent().resolve("fitt");

    @TempDir
    Path dir;

    @Test
    void aJavaOlderThan17OnThePathIsNamedAndNeverRun() throws Exception {
        Path java = fakeJava("jdk11", "openjdk version \"11.0.22\" 2024-01-16");

        Run run = launch(RELEASE_LAUNCHER, Map.of("PATH", java.getParent() + ":" + tools()), "--version");

        assertThat(run.exitCode()).as(run.output()).isEqualTo(2);
        assertThat(run.output().strip()).doesNotContain("\n")
                .contains("Java 11.0.22", java.toString(), "Java 17 or newer");
        assertThat(ranFitt()).as("the old Java must not be asked to run fitt").isFalse();
    }

    @Test
    void java8NamesItselfOneDotEightAndIsRefused() throws Exception {
        Path java = fakeJava("jre8", "java version \"1.8.0_392\"");

        Run run = launch(RELEASE_LAUNCHER, Map.of("PATH", java.getParent() + ":" + tools()), "demo");

        assertThat(run.exitCode()).as(run.output()).isEqualTo(2);
        assertThat(run.output().strip()).doesNotContain("\n").contains("Java 1.8.0_392", "Java 17 or newer");
        assertThat(ranFitt()).isFalse();
    }

    @Test
    void javaHomeIsJudgedByItsReleaseFileWithoutStartingIt() throws Exception {
        // Its java would claim 21 if asked: the release file is read instead, so a start pays no extra JVM.
        Path java = fakeJava("jdk-home", "openjdk version \"21.0.5\" 2024-10-15");
        Path home = java.getParent().getParent();
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"11.0.2\"\nOS_NAME=\"Linux\"\n");

        Run run = launch(RELEASE_LAUNCHER, Map.of("PATH", tools().toString(), "JAVA_HOME", home.toString()),
                "--version");

        assertThat(run.exitCode()).as(run.output()).isEqualTo(2);
        assertThat(run.output().strip()).doesNotContain("\n").contains("Java 11.0.2");
        assertThat(ranFitt()).isFalse();
    }

    @Test
    void noJavaAtAllSaysWhatToInstall() throws Exception {
        Run run = launch(RELEASE_LAUNCHER, Map.of("PATH", tools().toString()), "--version");

        assertThat(run.exitCode()).as(run.output()).isEqualTo(2);
        assertThat(run.output().strip()).doesNotContain("\n").contains("no Java", "Java 17 or newer", "JAVA_HOME");
    }

    @Test
    void java17AndNewerRunFittWithTheArguments() throws Exception {
        for (String version : List.of("openjdk version \"17.0.9\" 2023-10-17", "openjdk version \"25\" 2025-09-16")) {
            Files.deleteIfExists(dir.resolve("ran-fitt"));
            Path java = fakeJava("jdk-" + version.hashCode(), version);

            Run run = launch(RELEASE_LAUNCHER, Map.of("PATH", java.getParent() + ":" + tools()), "--version");

            assertThat(run.exitCode()).as(version + ": " + run.output()).isZero();
            assertThat(Files.readString(dir.resolve("ran-fitt"))).as(version).contains("-jar", "fitt.jar --version");
        }
    }

    @Test
    void theSourceTreeLauncherRefusesAnOldJavaBeforeBuilding() throws Exception {
        Path java = fakeJava("jdk11", "openjdk version \"11.0.22\" 2024-01-16");

        Run run = launch(SOURCE_LAUNCHER, Map.of("PATH", java.getParent() + ":" + tools()), "--version");

        assertThat(run.exitCode()).as(run.output()).isEqualTo(2);
        assertThat(run.output().strip()).doesNotContain("\n").contains("Java 11.0.22", "Java 17 or newer")
                .doesNotContain("building");
        assertThat(ranFitt()).isFalse();
    }

    @Test
    void aFailedBuildOfTheSourceTreeNamesTheWayToRunTheJarBuiltBeforeAndFittNoBuildRunsIt() throws Exception {
        Path java = fakeJava("jdk17", "openjdk version \"17.0.15\" 2025-04-15");
        Path tree = sourceTreeWithAStaleJar();
        Path mvn = dir.resolve("maven").resolve("mvn");
        Files.createDirectories(mvn.getParent());
        Files.writeString(mvn, "#!/bin/bash\necho '[ERROR] Foo.java:[3,1] class, interface, enum, or record expected'\nexit 1\n");
        Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));
        Map<String, String> path = Map.of("PATH", java.getParent() + ":" + mvn.getParent() + ":" + tools());

        Run failed = launch(tree.resolve("fitt"), path, "--version");

        assertThat(failed.exitCode()).as(failed.output()).isEqualTo(1);
        assertThat(failed.output()).contains("Foo.java:[3,1]", "build failed", "FITT_NO_BUILD=1 runs it");
        assertThat(ranFitt()).isFalse();

        Map<String, String> noBuild = new HashMap<>(path);
        noBuild.put("FITT_NO_BUILD", "1");
        Run ran = launch(tree.resolve("fitt"), noBuild, "--version");

        assertThat(ran.exitCode()).as(ran.output()).isZero();
        assertThat(ran.output()).doesNotContain("building");
        assertThat(Files.readString(dir.resolve("ran-fitt"))).contains("-jar " + tree.resolve("bootstrap/target/fitt.jar"),
                "--version");
    }

    @Test
    void aServerWhoseSettingsNameADatabaseStartsWithTheLargerHeapUnlessJavaOptsSizesIt() throws Exception {
        Path java = fakeJava("jdk17", "openjdk version \"17.0.9\" 2023-10-17");
        String path = java.getParent() + ":" + tools();
        Files.writeString(dir.resolve("team.json"), "{\"csv_dir\": \"d.csv\",\n  \"database\" : {\"url\": \"jdbc:postgresql://db/fitt\"}}");
        Files.writeString(dir.resolve("server_setting.json"), "{\"csv_dir\": \"database.csv\"}");

        assertThat(serverFlags(path, Map.of(), "--config", "team.json")).contains("server-database-heap.options");
        assertThat(serverFlags(path, Map.of(), "--config=team.json")).contains("server-database-heap.options");
        // The default settings file, which names no database (a data file named so is no database).
        assertThat(serverFlags(path, Map.of())).contains("server-heap.options")
                .doesNotContain("server-database-heap.options");
        assertThat(serverFlags(path, Map.of(), "--config", "missing.json")).doesNotContain("server-database-heap");
        assertThat(serverFlags(path, Map.of("JAVA_OPTS", "-Xmx2g"), "--config", "team.json"))
                .doesNotContain("server-heap.options", "server-database-heap.options").contains("-Xmx2g");
    }

    /** What the release launcher passes java for {@code fitt server ARGS}, without a class archive. */
    private String serverFlags(String path, Map<String, String> extraEnv, String... args) throws Exception {
        Files.deleteIfExists(dir.resolve("ran-fitt"));
        Map<String, String> env = new HashMap<>(extraEnv);
        env.put("PATH", path);
        env.put("FITT_CLASS_ARCHIVE", "off");
        List<String> command = new ArrayList<>(List.of("server"));
        command.addAll(List.of(args));
        Run run = launch(RELEASE_LAUNCHER, env, command.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.output()).isZero();
        return Files.readString(dir.resolve("ran-fitt"));
    }

    /**
     * A {@code java} in {@code dir/name/bin} that prints {@code versionLine} for {@code -version}, as
     * a JVM does (on stderr), and otherwise writes its arguments to {@code dir/ran-fitt}.
     */
    private Path fakeJava(String name, String versionLine) throws IOException {
        Path bin = Files.createDirectories(dir.resolve(name).resolve("bin"));
        Path java = bin.resolve("java");
        Files.writeString(java, "#!/bin/bash\n"
                + "if [[ \"$1\" == -version ]]; then\n"
                + "    echo '" + versionLine + "' >&2\n"
                + "    echo 'OpenJDK Runtime Environment (build x)' >&2\n"
                + "    exit 0\n"
                + "fi\n"
                + "echo \"$*\" > '" + dir.resolve("ran-fitt") + "'\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return java;
    }

    /** The source launcher and its rules in a tree of their own, with a jar older than the tree's pom.xml. */
    private Path sourceTreeWithAStaleJar() throws IOException {
        Path tree = dir.resolve("tree");
        Path dist = tree.resolve("bootstrap/src/dist");
        Files.createDirectories(dist.resolve("lib"));
        Files.copy(SOURCE_LAUNCHER, tree.resolve("fitt"));
        Files.copy(MODULE.resolve("src/dist/lib/launch.bash"), dist.resolve("lib/launch.bash"));
        Path jar = Files.createDirectories(tree.resolve("bootstrap/target")).resolve("fitt.jar");
        Files.writeString(jar, "built before");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        Files.writeString(tree.resolve("pom.xml"), "<project/>");
        return tree;
    }

    private boolean ranFitt() {
        return Files.exists(dir.resolve("ran-fitt"));
    }

    /** A folder holding links to only the commands the launchers use besides java (no mvn, no java). */
    private Path tools() throws IOException {
        Path tools = dir.resolve("tools");
        if (Files.isDirectory(tools)) {
            return tools;
        }
        Files.createDirectories(tools);
        for (String tool : List.of("bash", "env", "dirname", "readlink", "grep", "mkdir", "mktemp", "mv", "rm", "cat",
                "cksum", "cut", "find", "flock")) {
            Stream.of("/usr/bin", "/bin").map(folder -> Path.of(folder, tool)).filter(Files::isExecutable).findFirst()
                    .ifPresent(found -> link(tools.resolve(tool), found));
        }
        return tools;
    }

    private static void link(Path link, Path target) {
        try {
            Files.createSymbolicLink(link, target);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Run launch(Path launcher, Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(launcher.toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        // Nothing of this JVM's environment (JAVA_HOME, the PATH with its java) reaches the launcher.
        builder.environment().clear();
        builder.environment().putAll(env);
        builder.environment().put("HOME", dir.resolve("user").toString());
        Process process = builder.start();
        byte[] output;
        try (InputStream in = process.getInputStream()) {
            output = in.readAllBytes();
        }
        if (!process.waitFor(1, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(command + " did not end within a minute");
        }
        return new Run(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    private record Run(int exitCode, String output) {
    }
}
