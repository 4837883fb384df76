package dev.fitt.adapters.socket.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fitt.adapters.socket.RunningServer;
import dev.fitt.adapters.socket.SocketAdapter;
import dev.fitt.adapters.socket.SocketServerConfig;
import dev.fitt.adapters.socket.TestDataset;
import dev.fitt.domain.TagChange;
import dev.fitt.domain.TagValue;
import dev.fitt.ports.ChangeRejectedException;
import dev.fitt.ports.ImageUnavailableException;
import dev.fitt.ports.SaveFailedException;
import dev.fitt.ports.ServerUnreachableException;
import dev.fitt.client.port.out.DatasetView;
import dev.fitt.client.port.out.TaggingServerPort;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class TcpTaggingServerGatewayTest {
    private static final List<TagValue> ALL_TRUE = List.of(TagValue.TRUE, TagValue.TRUE, TagValue.TRUE);

    private final TestDataset dataset = new TestDataset();
    private RunningServer server;
    private TaggingServerPort client;

    @BeforeEach
    void start() throws Exception {
        server = dataset.start();
        client = SocketAdapter.connect("127.0.0.1", server.address().getPort(), Duration.ofSeconds(10));
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void datasetArrivesAsTheCoreHoldsIt() throws Exception {
        DatasetView view = client.fetchDataset();

        assertThat(view.tags()).isEqualTo(TestDataset.TAGS);
        assertThat(view.clips()).isEqualTo(dataset.service.queries().clips());
        assertThat(view.labels()).isEqualTo(dataset.service.queries().labels());
    }

    @Test
    void taggedRangeShowsInTheNextFetch() throws Exception {
        client.tag(new TagChange(0, 2, List.of(TagValue.TRUE, TagValue.FALSE, TagValue.TRUE)));

        DatasetView view = client.fetchDataset();

        assertThat(view.labels().value(2, 0)).isEqualTo(TagValue.TRUE);
        assertThat(view.labels().value(2, 1)).isEqualTo(TagValue.FALSE);
        assertThat(view.labels().isLabelled(3)).isFalse();
    }

    @Test
    void unsetValuesTravelAsFalseBecauseV1CarriesOnlyBooleans() throws Exception {
        client.tag(TagChange.ofRow(5, List.of(TagValue.UNSET, TagValue.TRUE, TagValue.UNSET)));

        assertThat(client.fetchDataset().labels().value(5, 0)).isEqualTo(TagValue.FALSE);
    }

    @Test
    void rejectedChangeCarriesTheServersReason() {
        assertThatThrownBy(() -> client.tag(TagChange.ofRow(0, List.of(TagValue.TRUE))))
                .isInstanceOf(ChangeRejectedException.class)
                .hasMessage("change has 1 tag values but the dataset has 3 tags");
    }

    @Test
    void saveSucceedsAndFailureCarriesTheServersReason() throws Exception {
        client.save();
        assertThat(dataset.saved.get()).isNotNull();

        dataset.saveFails.set(true);
        client.tag(TagChange.ofRow(0, List.of(TagValue.TRUE, TagValue.FALSE, TagValue.FALSE)));
        // (a save with nothing new since the last one has nothing to write, so it cannot fail)
        assertThatThrownBy(client::save).isInstanceOf(SaveFailedException.class)
                .hasMessage("cannot write labels.csv: disk full");
    }

    @Test
    void imagesArriveExactlyAsStoredAndMissingOnesSayWhy() throws Exception {
        assertThat(client.fetchImage(3).bytes())
                .isEqualTo(TestDataset.imageBytes(dataset.service.dataset().filePath(3)));
        assertThatThrownBy(() -> client.fetchImage(18)).isInstanceOf(ImageUnavailableException.class)
                .hasMessage("image file img/missing.jpg does not exist");
        assertThatThrownBy(() -> client.fetchImage(40)).isInstanceOf(ImageUnavailableException.class)
                .hasMessage("image index 40 is out of range: the dataset has 19 images (0..18)");
    }

    @Test
    void concurrentImageFetchesAndChangesEachGetTheirOwnReply() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int k = 0; k < 100; k++) {
                        int index = (thread * 7 + k) % 18;
                        assertThat(client.fetchImage(index).bytes())
                                .isEqualTo(TestDataset.imageBytes(dataset.service.dataset().filePath(index)));
                        if (k % 10 == 0) {
                            client.tag(TagChange.ofRow(index, ALL_TRUE));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(client.fetchDataset().labels().isLabelled(0)).isTrue();
    }

    @Test
    void lostServerFailsCallsUntilItIsBackThenReconnects() throws Exception {
        int port = server.address().getPort();
        client.fetchDataset();

        server.close();

        assertThatThrownBy(client::save).isInstanceOf(ServerUnreachableException.class)
                .hasMessageContaining("127.0.0.1:" + port);
        assertThatThrownBy(client::save).isInstanceOf(ServerUnreachableException.class)
                .hasMessageStartingWith("cannot reach the tagging server at 127.0.0.1:" + port);

        server = SocketAdapter.startServer(SocketServerConfig.of("127.0.0.1", port), dataset.useCases());

        client.tag(TagChange.ofRow(7, ALL_TRUE));
        assertThat(client.fetchDataset().labels().isLabelled(7)).isTrue();
    }

    @Test
    void closedClientRefusesFurtherCalls() {
        client.close();

        assertThatThrownBy(client::fetchDataset).isInstanceOf(ServerUnreachableException.class)
                .hasMessage("the connection to the tagging server at 127.0.0.1:" + server.address().getPort()
                        + " was closed by this client");
    }

    @Test
    void unreachableServerIsReportedWithItsAddress() {
        int port = server.address().getPort();
        server.close();
        TaggingServerPort nowhere = SocketAdapter.connect("127.0.0.1", port, Duration.ofSeconds(2));

        assertThatThrownBy(nowhere::fetchDataset).isInstanceOf(ServerUnreachableException.class)
                .hasMessageStartingWith("cannot reach the tagging server at 127.0.0.1:" + port);
        nowhere.close();
    }
}
