package dev.fitt.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The seed's "Proper SIGINT handling": a stop signal saves pending changes and exits 0. */
class ServerStopTest {
    @TempDir
    Path dir;

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void sigtermSavesPendingChangesAndExitsZero() throws Exception {
        GroupedDataset data = GroupedDataset.write(dir.resolve("data"), 1, 2);
        Path settings = ServerProcess.writeSettings(dir, data, 0);
        try (ServerProcess server = ServerProcess.start(settings, dir)) {
            try (V1Client client = new V1Client(server.address())) {
                assertThat(client.change(0, 5, true, false, false)).isNull();
            }
            assertThat(data.output()).doesNotExist();

            assertThat(server.terminate()).isZero();
        }
        java.util.List<String> lines = Files.readAllLines(data.output());
        assertThat(lines).hasSize(7);
        assertThat(lines.subList(1, 7)).allMatch(line -> line.endsWith(",True,False,False"));
    }
}
