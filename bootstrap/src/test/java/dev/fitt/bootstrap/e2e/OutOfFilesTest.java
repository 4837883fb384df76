package dev.fitt.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real server started with few file descriptors (ulimit -n) is given more connections than it
 * can accept: while accept keeps failing it neither spins nor floods its log, and once files are
 * free again it serves the next client.
 */
class OutOfFilesTest {
    private static final int FILE_LIMIT = 128;
    private static final int MAX_CONNECTIONS_TRIED = 400;
    private static final long WATCH_MILLIS = 3_000;

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void acceptFailingForLackOfFilesBacksOffLogsOnceAndRecovers() throws Exception {
        GroupedDataset data = GroupedDataset.write(dir.resolve("data"), 1, 2);
        Path settings = dir.resolve("server_setting.json");
        // A long message timeout: the idle connections below must hold their files while we watch.
        Files.writeString(settings, "{\"host\": \"127.0.0.1\", \"port\": 0, \"csv_dir\": \"" + data.dataCsv
                + "\", \"csv_save_dir\": \"" + data.saveDir + "\", \"meta_path\": \"" + data.metaCsv
                + "\", \"message_timeout_seconds\": 600, \"max_connections\": 1000}");
        List<V1Client> clients = new ArrayList<>();
        try (ServerProcess server = ServerProcess.start(settings, dir, FILE_LIMIT)) {
            try {
                boolean exhausted = false;
                for (int i = 0; i < MAX_CONNECTIONS_TRIED && !exhausted; i++) {
                    V1Client client = new V1Client(server.address());
                    clients.add(client);
                    exhausted = !answers(client);
                }
                assertThat(exhausted).as("the server ran out of files within %d connections", MAX_CONNECTIONS_TRIED)
                        .isTrue();

                int logBefore = server.logLength();
                long cpuBefore = server.cpuMillis();
                Thread.sleep(WATCH_MILLIS);
                int logged = server.logLength() - logBefore;
                long cpu = server.cpuMillis() - cpuBefore;

                assertThat(logged).as("characters logged in %d ms of failing accepts:%n%s", WATCH_MILLIS,
                        tail(server.log())).isLessThan(4_000);
                assertThat(cpu).as("CPU ms used in %d ms of failing accepts", WATCH_MILLIS)
                        .isLessThan(WATCH_MILLIS / 4);
            } finally {
                for (V1Client client : clients) {
                    client.close();
                }
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            boolean served = false;
            while (!served && System.nanoTime() < deadline) {
                try (V1Client client = new V1Client(server.address())) {
                    served = answers(client);
                }
            }
            assertThat(served).as("a client is served once files are free:%n%s", tail(server.log())).isTrue();
            assertThat(server.log()).containsOnlyOnce("fails: Too many open files").contains(" again, after ");
        }
    }

    /** True when the server answers a tag list request within 2 s. */
    private static boolean answers(V1Client client) throws IOException {
        try {
            client.setTimeoutMillis(2_000);
            return !client.tagList().isEmpty();
        } catch (SocketTimeoutException e) {
            return false;
        }
    }

    private static String tail(String log) {
        return log.length() <= 3_000 ? log : "..." + log.substring(log.length() - 3_000);
    }
}
