package dev.fitt.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window commands on a machine without a display: one line saying so and exit 2, in a real
 * JVM (headless is decided once per JVM), with a timeout so that a hang fails instead of waiting.
 */
@Timeout(300)
class NoDisplayTest {
    /**
     * The hint names the command that was run (a client user is not helped by a demo), with -a: a
     * plain xvfb-run fails whenever display :99 is taken, as by a build running under xvfb-run.
     */
    private static String hint(String command) {
        return "(on a headless machine: xvfb-run -a ./fitt " + command + ")";
    }

    @TempDir
    Path dir;

    private record Run(int exitCode, String output) {
        List<String> lines() {
            return output.lines().filter(line -> !line.isBlank()).toList();
        }
    }

    /** Runs fitt in a fresh JVM in {@code dir}, with {@code display} as DISPLAY (null: unset). */
    private Run fitt(String display, boolean headlessProperty, String... args) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx128m", "-XX:TieredStopAtLevel=1"));
        if (headlessProperty) {
            command.add("-Djava.awt.headless=true");
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.fitt.bootstrap.FittMain"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("output.txt").toFile());
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        if (display != null) {
            builder.environment().put("DISPLAY", display);
        }
        Process process = builder.start();
        boolean ended = process.waitFor(90, TimeUnit.SECONDS);
        String output = Files.readString(dir.resolve("output.txt"), StandardCharsets.UTF_8);
        if (!ended) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new AssertionError("fitt " + String.join(" ", args) + " hung without a display; it printed:\n"
                    + output);
        }
        return new Run(process.exitValue(), output);
    }

    private Path clientSettings() throws IOException {
        // Settings present, so that nothing but the missing display has anything to say.
        return Files.writeString(dir.resolve("client_setting.json"), "{\"host\": \"127.0.0.1\", \"port\": 1}");
    }

    @Test
    void theClientSaysInOneLineThatItNeedsADisplayAndExitsTwo() throws Exception {
        Path settings = clientSettings();

        Run run = fitt(null, true, "client", "--config", settings.toString());

        assertThat(run.exitCode()).as(run.output()).isEqualTo(2);
        assertThat(run.lines()).as(run.output()).singleElement().asString()
                .startsWith("fitt client needs a display: ").endsWith(hint("client"));
    }

    @Test
    void theDemoSaysSoBeforeItStartsAServerOrWritesASample() throws Exception {
        Run run = fitt(null, true, "demo", "--dir", dir.resolve("demo").toString());

        assertThat(run.exitCode()).as(run.output()).isEqualTo(2);
        assertThat(run.lines()).as(run.output()).singleElement().asString()
                .startsWith("fitt demo needs a display: ").endsWith(hint("demo"));
        assertThat(dir.resolve("demo")).doesNotExist();
    }

    @Test
    void tagSaysSoBeforeItLoadsTheData() throws Exception {
        Files.writeString(dir.resolve("d.csv"), "clip_id,file_path,tag_code_100\n1,a.jpg,\n");
        Files.writeString(dir.resolve("m.csv"), "code,alias\n100,Clear Weather\n");
        Path settings = clientSettings();

        Run run = fitt(null, true, "tag", "d.csv", "--meta", "m.csv", "--config", settings.toString());

        assertThat(run.exitCode()).as(run.output()).isEqualTo(2);
        assertThat(run.lines()).as(run.output()).singleElement().asString()
                .startsWith("fitt tag needs a display: ").endsWith(hint("tag"));
        assertThat(dir.resolve("d__labelled__.csv")).doesNotExist();
    }

    @Test
    void aDisplayNobodyServesIsNoDisplayEither() throws Exception {
        Path settings = clientSettings();

        Run run = fitt(":87", false, "client", "--config", settings.toString());

        assertThat(run.exitCode()).as(run.output()).isEqualTo(2);
        assertThat(run.lines()).as(run.output()).singleElement().asString()
                .startsWith("fitt client needs a display: ").contains(":87").endsWith(hint("client"));
    }
}
