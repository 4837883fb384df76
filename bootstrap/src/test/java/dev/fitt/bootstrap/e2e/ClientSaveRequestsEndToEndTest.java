package dev.fitt.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.google.inject.Guice;
import dev.fitt.server.service.SavingService;
import dev.fitt.bootstrap.server.RunningTaggingServer;
import dev.fitt.bootstrap.server.ServerApplication;
import dev.fitt.bootstrap.server.ServerModules;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * The original client asks for a save after every edit (its default {@code autosave: 1}). Each
 * change is durable in the journal before it is acknowledged, so the server answers a save
 * request at once and writes the CSV at most once per rest period: a burst of requests costs a
 * couple of writes, not one full rewrite per key press, and every change still reaches the CSV.
 */
@Timeout(120)
class ClientSaveRequestsEndToEndTest {
    @TempDir
    Path dir;

    /** The core's "saved N rows to ..." lines: one per CSV written. */
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger core = (Logger) LoggerFactory.getLogger(SavingService.class);

    @BeforeEach
    void countSaves() {
        log.start();
        core.addAppender(log);
    }

    @AfterEach
    void stopCounting() {
        core.detachAppender(log);
    }

    private long csvWrites() {
        return List.copyOf(log.list).stream().filter(e -> e.getFormattedMessage().startsWith("saved ")).count();
    }

    @Test
    void aSaveRequestAfterEveryEditIsAnsweredAtOnceAndTheEditsShareACoupleOfWrites() throws Exception {
        GroupedDataset data = GroupedDataset.write(dir, 10, 20);
        int edits = 40;
        try (RunningTaggingServer server = Guice.createInjector(ServerModules.from(data.settings(), dir))
                .getInstance(ServerApplication.class).start();
                V1Client client = new V1Client(new InetSocketAddress("127.0.0.1", server.address().getPort()))) {
            long started = System.nanoTime();
            Duration slowestSaveReply = Duration.ZERO;
            for (int row = 0; row < edits; row++) {
                assertThat(client.change(row, row, true, row % 2 == 0, false)).isNull();
                long asked = System.nanoTime();
                assertThat(client.save()).isNull();
                Duration reply = Duration.ofNanos(System.nanoTime() - asked);
                slowestSaveReply = reply.compareTo(slowestSaveReply) > 0 ? reply : slowestSaveReply;
            }
            Duration burst = Duration.ofNanos(System.nanoTime() - started);

            // A generous bound: the reply waits for no write (figures belong in the benchmarks).
            assertThat(slowestSaveReply).isLessThan(Duration.ofSeconds(2));

            // A write at the first request, then at most one per autosave tick (200 ms) and rest.
            assertThat(csvWrites()).as("CSV writes for %d save requests in %s", edits, burst)
                    .isLessThanOrEqualTo(2 + burst.toMillis() / 200);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!everyEditIsIn(data, edits) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(everyEditIsIn(data, edits)).as("every edit is in the CSV a rest period later").isTrue();
        }
    }

    /**
     * A client asking after every edit while saves fail (a full disk, a folder in the way) hears of
     * it each time, but the log says it once: the failure itself is logged where it happens.
     */
    @Test
    void saveRequestsThatKeepFailingForTheSameReasonAreLoggedOnce() throws Exception {
        ListAppender<ILoggingEvent> requestLog = new ListAppender<>();
        Logger requests = (Logger) LoggerFactory.getLogger("dev.fitt.adapters.socket.server.RequestHandler");
        requestLog.start();
        requests.addAppender(requestLog);
        GroupedDataset data = GroupedDataset.write(dir, 10, 20);
        try (RunningTaggingServer server = Guice.createInjector(ServerModules.from(data.settings(), dir))
                .getInstance(ServerApplication.class).start();
                V1Client client = new V1Client(new InetSocketAddress("127.0.0.1", server.address().getPort()))) {
            // A folder, not empty, where the labelled CSV goes: no save can rename over it.
            Files.createDirectories(data.output().resolve("in-the-way"));
            int refused = 0;
            for (int row = 0; row < 20; row++) {
                assertThat(client.change(row, row, true, false, false)).isNull();
                refused += client.save() == null ? 0 : 1;
                Thread.sleep(50);
            }

            assertThat(refused).as("save requests answered with the failure").isGreaterThan(5);
            assertThat(List.copyOf(requestLog.list).stream()
                    .filter(e -> e.getFormattedMessage().startsWith("save requested by a client failed"))
                    .filter(e -> e.getLevel().isGreaterOrEqual(ch.qos.logback.classic.Level.WARN)))
                    .hasSize(1);
        } finally {
            requests.detachAppender(requestLog);
        }
    }

    private static boolean everyEditIsIn(GroupedDataset data, int edits) throws Exception {
        if (!Files.exists(data.output())) {
            return false;
        }
        List<String> lines = Files.readAllLines(data.output());
        for (int display = 0; display < edits; display++) {
            String expected = display % 2 == 0 ? ",True,True,False" : ",True,False,False";
            if (!lines.get(1 + data.fileRow(display)).endsWith(expected)) {
                return false;
            }
        }
        return true;
    }
}
