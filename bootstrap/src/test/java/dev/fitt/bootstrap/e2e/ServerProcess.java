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
        return start(settingsJson, workingDirectory, List.of("-Xmx256m", "-XX:+UseSerialGC"));
    }

    /** With {@code jvmFlags} for the heap and collector instead of the defaults above. */
    static ServerProcess start(Path settingsJson, Path workingDirectory, List<String> jvmFlags)
            throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString()));
        command.addAll(jvmFlags);
        command.addAll(List.of("-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                "dev.fitt.bootstrap.FittMain", "server", "--config", settingsJson.toString()));
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

    boolean alive() {
        return process.isAlive();
    }

    /** What the server printed so far. */
    String log() {
        return log.toString();
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
