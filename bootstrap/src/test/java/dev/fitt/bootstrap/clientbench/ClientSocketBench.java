package dev.fitt.bootstrap.clientbench;

import com.google.inject.Guice;
import dev.fitt.adapters.socket.ClientConfig;
import dev.fitt.adapters.socket.SocketAdapter;
import dev.fitt.adapters.swing.ClientBench;
import dev.fitt.adapters.swing.ClientBenchDataset;
import dev.fitt.adapters.swing.ClientBenchSession;
import dev.fitt.bootstrap.client.ClientConnection;
import dev.fitt.bootstrap.server.RunningTaggingServer;
import dev.fitt.bootstrap.server.ServerApplication;
import dev.fitt.bootstrap.server.ServerModules;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The client benchmark over a real socket: {@link ClientBench}'s sessions with the client talking
 * TCP to a fitt server, as an annotator's client always does. The server is the `fitt server`
 * wiring (Guice, CSV store, journal, socket adapter) started in this JVM on 127.0.0.1 with a port
 * the system picks, over the bench's JPEGs written to a temp folder; the client reaches it through
 * the same socket module as `fitt client`. Lives here because only bootstrap knows both adapters.
 * Not a test: run it with {@code bench/client-bench.sh --socket [PRESSES]}. Needs a display.
 */
public final class ClientSocketBench {
    private ClientSocketBench() {
    }

    public static void main(String[] args) throws Exception {
        ClientBench.requireDisplay();
        int presses = ClientBench.presses(args);
        Path folder = Files.createTempDirectory("fitt-client-bench-");
        try {
            for (ClientBenchSession measured : run(folder, presses, System.out)) {
                measured.print(System.out);
            }
        } finally {
            deleteTree(folder);
        }
        System.exit(0);
    }

    /** Writes the dataset into {@code folder}, serves it on loopback and runs both sessions over TCP. */
    static List<ClientBenchSession> run(Path folder, int presses, PrintStream out) throws Exception {
        ClientBenchDataset data = new ClientBenchDataset(presses + 2);
        ClientBenchFiles files = ClientBenchFiles.write(folder, data);
        try (RunningTaggingServer server = Guice.createInjector(ServerModules.from(files.settings(), folder))
                .getInstance(ServerApplication.class).start()) {
            ClientConfig config = ClientConfig.of("127.0.0.1", server.address().getPort(), ClientConnection.TIMEOUT);
            out.println("mode: socket (client over loopback TCP to a fitt server in this JVM on 127.0.0.1:"
                    + server.address().getPort() + ")");
            out.println(data.description() + ", files in " + folder);
            // One connection per session, as each `fitt client` start makes its own.
            return ClientBench.run(() -> SocketAdapter.connect(config), ClientBenchDataset.CAMERAS, presses);
        }
    }

    private static void deleteTree(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            System.err.println("could not delete the bench's temp folder " + folder + ": " + e.getMessage());
        }
    }
}
