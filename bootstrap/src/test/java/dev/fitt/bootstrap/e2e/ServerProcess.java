package dev.fitt.bootstrap.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A real `fitt server` JVM, started from the test's class path, for kill and signal tests. */
final class ServerProcess implements AutoCloseable {
    private static final Pattern LISTEN = Pattern.compile("listen:\\s+127\\.0\\.0\\.1:(\\d+)");
    private static final List<String> DEFAULT_FLAGS = List.of("-Xmx256m", "-XX:+UseSerialGC");

    private final Process process;
    private final InetSocketAddress address;
    /** Everything the server printed, still growing while it runs. */
    private final StringBuffer log;

    private ServerProcess(Process process, InetSocketAddress address, StringBuffer log) {
        this.process = process;
        this.address = address;
        this.log = log;
    }

    static ServerProcess start(Path settingsJson, Path workingDirectory) throws IOException, InterruptedException {
        return start(settingsJson, workingDirectory, DEFAULT_FLAGS, 0);
    }

    /** With {@code fileLimit} > 0 the server may open at most that many files (ulimit -n, soft and hard). */
    static ServerProcess start(Path settingsJson, Path workingDirectory, int fileLimit)
            throws IOException, InterruptedException {
        return start(settingsJson, workingDirectory, DEFAULT_FLAGS, fileLimit);
    }

    /** With {@code jvmFlags} for the heap and collector instead of the defaults above. */
    static ServerProcess start(Path settingsJson, Path workingDirectory, List<String> jvmFlags)
            throws IOException, InterruptedException {
        return start(settingsJson, workingDirectory, jvmFlags, 0);
    }

    private static ServerProcess start(Path settingsJson, Path workingDirectory, List<String> jvmFlags,
            int fileLimit) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>();
        if (fileLimit > 0) {
            command.addAll(List.of("bash", "-c", "ulimit -n " + fileLimit + " && exec \"$@\"", "bash"));
        }
        command.add(java.toString());
        command.addAll(jvmFlags);
        command.addAll(List.of("-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                "dev.fitt.bootstrap.FittMain", "server", "--config", settingsJson.toString()));
        return start(command, workingDirectory);
    }

    /**
     * A server started by {@code command} (e.g. a launcher script that execs its JVM), ready once
     * it prints its "listen:" line.
     */
    static ServerProcess start(List<String> command, Path workingDirectory) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command)
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true)
                .start();
        StringBuffer log = new StringBuffer();
        CompletableFuture<Integer> port = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    log.append(line).append('\n');
                    Matcher m = LISTEN.matcher(line);
                    if (m.find()) {
                        port.complete(Integer.parseInt(m.group(1)));
                    }
                }
            } catch (IOException e) {
                // the process is gone; whoever waits for the port times out with the log
            }
            port.completeExceptionally(new IOException("server exited before it was ready:\n" + log));
        }, "server-log-reader");
        reader.setDaemon(true);
        reader.start();
        try {
            int p = port.get(60, TimeUnit.SECONDS);
            return new ServerProcess(process, new InetSocketAddress("127.0.0.1", p), log);
        } catch (Exception e) {
            process.destroyForcibly();
            throw new IOException("server did not start: " + e.getMessage() + "\n" + log, e);
        }
    }

    InetSocketAddress address() {
        return address;
    }

    long pid() {
        return process.pid();
    }

    /** What a `fitt` run that ended said and returned. */
    record Finished(int exitCode, String output) {
    }

    /**
     * Runs {@code fitt args...} in its own JVM (headless, from the test's class path) to its end;
     * killed and reported as a failure if it runs longer than 60 s.
     */
    static Finished run(Path workingDirectory, String... args) throws IOException, InterruptedException {
        return run(workingDirectory, true, args);
    }

    /** As {@link #run(Path, String...)}, on the test's display: for commands that open a window. */
    static Finished runOnTheDisplay(Path workingDirectory, String... args) throws IOException, InterruptedException {
        return run(workingDirectory, false, args);
    }

    private static Finished run(Path workingDirectory, boolean headless, String... args)
            throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx256m",
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Djava.awt.headless=" + headless, "-cp",
                System.getProperty("java.class.path"), "dev.fitt.bootstrap.FittMain"));
        command.addAll(List.of(args));
        Path output = Files.createTempFile(workingDirectory, "fitt-run", ".log");
        Process process = new ProcessBuilder(command).directory(workingDirectory.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile()).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            throw new AssertionError("fitt " + String.join(" ", args) + " still ran after 60 s:\n"
                    + Files.readString(output));
        }
        return new Finished(process.exitValue(), Files.readString(output));
    }

    boolean alive() {
        return process.isAlive();
    }

    /** Everything the server has written to stdout and stderr so far. */
    String log() {
        return log.toString();
    }

    /** Characters the server has logged so far. */
    int logLength() {
        return log.length();
    }

    /** CPU time the server has used so far (user and system), from /proc. */
    long cpuMillis() throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // utime and stime are fields 14 and 15 of stat, in clock ticks (100 per second on Linux)
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
    }

    /** SIGKILL: no shutdown code runs, as in a power cut or an OOM kill. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM, then the exit code. */
    int terminate() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("server did not stop within 60 s after SIGTERM");
        }
        return process.exitValue();
    }

    static Path writeSettings(Path folder, GroupedDataset data, int autosaveChanges) throws IOException {
        Path file = folder.resolve("server_setting.json");
        Files.writeString(file, "{\"host\": \"127.0.0.1\", \"port\": 0, \"csv_dir\": \"" + data.dataCsv
                + "\", \"csv_save_dir\": \"" + data.saveDir + "\", \"meta_path\": \"" + data.metaCsv
                + "\", \"autosave_changes\": " + autosaveChanges + ", \"autosave_seconds\": 0}");
        return file;
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
