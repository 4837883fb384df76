package dev.fitt.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fitt.adapters.socket.RunningServer;
import dev.fitt.adapters.socket.ServedUseCases;
import dev.fitt.adapters.socket.SocketAdapter;
import dev.fitt.adapters.socket.SocketServerConfig;
import dev.fitt.domain.ImageRows;
import dev.fitt.domain.LabelsSnapshot;
import dev.fitt.domain.Tag;
import dev.fitt.domain.TagSet;
import dev.fitt.ports.ImageContent;
import dev.fitt.server.port.out.StoredDataset;
import dev.fitt.server.service.ServerCore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class V1BenchTest {
    private static final int ROWS = 60;

    @Test
    @Timeout(60)
    void everyScenarioProducesAFigureWithMedianBetweenMinAndMax() throws Exception {
        AtomicInteger saves = new AtomicInteger();
        try (RunningServer server = serve(saves)) {
            BenchConfig config = new BenchConfig("127.0.0.1", server.address().getPort(), ServerKind.FITT, 2,
                    Duration.ofMillis(50), 3, Duration.ofSeconds(10));
            List<String> progress = new ArrayList<>();

            BenchReport report = new V1Bench(config, progress::add).run();

            assertThat(report.rows()).isEqualTo(ROWS);
            assertThat(report.tags()).isEqualTo(2);
            assertThat(report.figures()).extracting(Figure::metric).contains(
                    "tag list (02) round trip p99", "durable change round trip p99", "durable changes/s, 1 client",
                    "durable changes/s, 3 clients", "change followed by save p99", "save time",
                    "change round trip while saving p99", "reconnect (connect + tags + labels + clips)",
                    "images/s, 1 client", "images/s, 3 clients");
            assertThat(report.figures()).allSatisfy(figure -> {
                assertThat(figure.values()).hasSize(2);
                assertThat(figure.median()).isBetween(figure.min(), figure.max());
            });
            assertThat(saves.get()).isPositive();
            assertThat(report.table()).contains("median of 2 runs", "fsync'ed in its journal");
            assertThat(progress).anyMatch(line -> line.contains("serves 60 rows, 2 tags"));
        }
    }

    @Test
    @Timeout(60)
    void onlyRunsTheScenariosWhoseNameContainsTheText() throws Exception {
        try (RunningServer server = serve(new AtomicInteger())) {
            BenchConfig config = new BenchConfig("127.0.0.1", server.address().getPort(), ServerKind.FITT, 1,
                    Duration.ofMillis(20), 2, Duration.ofSeconds(10));

            BenchReport report = new V1Bench(config, "SAVING", line -> { }).run();

            assertThat(report.figures()).extracting(Figure::metric).containsExactly(
                    "change round trip while saving p50", "change round trip while saving p99",
                    "change round trip while saving max", "saves finished meanwhile");
        }
    }

    @Test
    @Timeout(60)
    void anOriginalServerCountsOnlyChangePlusSaveAsDurable() throws Exception {
        try (RunningServer server = serve(new AtomicInteger())) {
            BenchConfig config = new BenchConfig("localhost", server.address().getPort(), ServerKind.ORIGINAL, 1,
                    Duration.ofMillis(20), 2, Duration.ofSeconds(10));

            BenchReport report = new V1Bench(config, line -> { }).run();

            assertThat(report.figures()).extracting(Figure::metric).contains(
                    "change round trip, NOT durable p99", "durable change (change + save) p99",
                    "changes/s (NOT durable), 2 clients");
            assertThat(report.table()).contains("a durable change is a change followed by a save");
        }
    }

    @Test
    void aHostOffThisMachineIsRefusedNamingTheOption() {
        assertThatThrownBy(() -> new BenchConfig("192.0.2.1", 4000, ServerKind.FITT, 5, Duration.ofSeconds(1), 8,
                Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--host 192.0.2.1 resolves to 192.0.2.1, which is not a loopback address");
    }

    @Test
    void unboundedRunsAreRefusedNamingTheOption() {
        assertThatThrownBy(() -> new BenchConfig("127.0.0.1", 4000, ServerKind.FITT, 1000, Duration.ofSeconds(1), 8,
                Duration.ofSeconds(1)))
                .hasMessage("--runs must be 1..100, got 1000");
        assertThatThrownBy(() -> new BenchConfig("127.0.0.1", 4000, ServerKind.FITT, 5, Duration.ofHours(1), 8,
                Duration.ofSeconds(1)))
                .hasMessageContaining("--run-seconds must be more than 0 and at most 300");
    }

    @Test
    void latenciesUseNearestRankPercentiles() {
        Latencies latencies = new Latencies(100);
        for (int i = 1; i <= 100; i++) {
            latencies.record(i * 1_000_000L);
        }

        assertThat(latencies.percentileMillis(50)).isEqualTo(50.0);
        assertThat(latencies.percentileMillis(99)).isEqualTo(99.0);
        assertThat(latencies.maxMillis()).isEqualTo(100.0);
    }

    @Test
    void aFigureOfAnEvenNumberOfRunsTakesTheMeanOfTheMiddleTwo() {
        Figure figure = new Figure("save time", "ms", List.of(4.0, 1.0, 3.0, 2.0), "");

        assertThat(figure.median()).isEqualTo(2.5);
        assertThat(figure.min()).isEqualTo(1.0);
        assertThat(figure.max()).isEqualTo(4.0);
    }

    /** The real core and socket server over a dataset of one clip, two cameras, images of 10 KB. */
    private static RunningServer serve(AtomicInteger saves) throws Exception {
        String[] clips = new String[ROWS];
        String[] cameras = new String[ROWS];
        String[] paths = new String[ROWS];
        for (int i = 0; i < ROWS; i++) {
            clips[i] = "clip" + (i / 20);
            cameras[i] = i % 2 == 0 ? "front" : "left";
            paths[i] = "img/" + i + ".jpg";
        }
        TagSet tags = new TagSet(List.of(new Tag("100", "Rain", "tag_code_100"), new Tag("200", "Night", "tag_code_200")));
        StoredDataset stored = new StoredDataset(tags, new ImageRows(clips, cameras, paths),
                LabelsSnapshot.unset(ROWS, 2), "memory", "memory");
        ServerCore service = ServerCore.of(stored, labels -> saves.incrementAndGet(),
                path -> new ImageContent(new byte[10_000]));
        return SocketAdapter.startServer(SocketServerConfig.of("127.0.0.1", 0),
                ServedUseCases.of(service.queries(), service.tagging(), service.saving(), service.images(), service.team()));
    }
}
