package dev.fitt.adapters.socket.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fitt.adapters.socket.RunningServer;
import dev.fitt.adapters.socket.SocketAdapter;
import dev.fitt.adapters.socket.SocketServerConfig;
import dev.fitt.client.port.out.ServerDataset;
import dev.fitt.client.port.out.ServerDatasets;
import dev.fitt.domain.AutosavePolicy;
import dev.fitt.domain.TagChange;
import dev.fitt.domain.TagValue;
import dev.fitt.ports.DatasetLoadException;
import dev.fitt.server.port.out.DatasetFixture;
import dev.fitt.server.port.out.DatasetSourcesPort;
import dev.fitt.server.port.out.DatasetStorage;
import dev.fitt.server.port.out.InMemoryChangeJournal;
import dev.fitt.server.port.out.InMemoryDatasetStore;
import dev.fitt.server.port.out.InMemoryImageSource;
import dev.fitt.server.port.out.InMemoryVersionBase;
import dev.fitt.server.service.DatasetCatalog;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The client's gateway lists the datasets, selects one, and selects it again on every new connection. */
@Timeout(60)
class DatasetSelectionClientTest {
    private static final List<TagValue> TRUE_FALSE_FALSE = List.of(TagValue.TRUE, TagValue.FALSE, TagValue.FALSE);

    private final Map<String, InMemoryDatasetStore> stores = new ConcurrentHashMap<>();
    private DatasetCatalog catalog;
    private RunningServer server;
    private TcpTaggingServerGateway client;

    @BeforeEach
    void start() throws Exception {
        DatasetSourcesPort sources = new DatasetSourcesPort() {
            @Override
            public List<String> names() {
                return List.of("day1", "day2");
            }

            @Override
            public DatasetStorage open(String name) {
                return new DatasetStorage(stores.computeIfAbsent(name, n -> InMemoryDatasetStore.of(
                        DatasetFixture.small())), new InMemoryImageSource(Map.of()), new InMemoryChangeJournal(),
                        new InMemoryVersionBase());
            }
        };
        catalog = new DatasetCatalog(sources, AutosavePolicy.never(), Duration.ofHours(1), Optional.empty());
        server = SocketAdapter.startServer(SocketServerConfig.of("127.0.0.1", 0), catalog);
        client = (TcpTaggingServerGateway) SocketAdapter.connect("127.0.0.1", server.address().getPort(),
                Duration.ofSeconds(10));
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
        catalog.close();
    }

    @Test
    void listsTheDatasetsAndWorksOnTheOneItSelects() throws Exception {
        ServerDatasets datasets = client.listDatasets().orElseThrow();
        assertThat(datasets.datasets()).extracting(ServerDataset::name).containsExactly("day1", "day2");
        assertThat(datasets.selected()).isEqualTo("day1");

        client.selectDataset("day2");
        client.tag(new TagChange(3, 3, TRUE_FALSE_FALSE));

        assertThat(client.listDatasets().orElseThrow().selected()).isEqualTo("day2");
        assertThat(client.listDatasets().orElseThrow().datasets().get(1)).isEqualTo(new ServerDataset("day2",
                ServerDataset.State.LOADED, 6, 2, 4, 3, ""));
        catalog.close();
        assertThat(stores.get("day2").savedLabels().value(3, 0)).isEqualTo(TagValue.TRUE);
        // The hello's fence (a v1 tag list) is answered from the default dataset, which it loads: nothing else.
        assertThat(stores.get("day1").saveCount()).isZero();
    }

    @Test
    void aNewConnectionSelectsTheDatasetAgainBeforeAnythingElse() throws Exception {
        client.selectDataset("day2");
        int port = server.address().getPort();
        server.close();
        server = SocketAdapter.startServer(SocketServerConfig.of("127.0.0.1", port), catalog);

        TagChange change = new TagChange(5, 5, TRUE_FALSE_FALSE);
        for (int attempt = 0; ; attempt++) {
            try {
                client.tag(change);
                break;
            } catch (dev.fitt.ports.ServerUnreachableException e) {
                // The first call after the restart notices the old connection is gone.
                assertThat(attempt).as(e.getMessage()).isLessThan(3);
            }
        }
        catalog.close();

        assertThat(stores.get("day2").savedLabels().value(5, 0)).isEqualTo(TagValue.TRUE);
        assertThat(stores.get("day1").saveCount()).isZero();
    }

    @Test
    void anUnknownDatasetIsRefusedWithTheReasonAndTheClientStaysWhereItWas() throws Exception {
        client.selectDataset("day2");

        assertThatThrownBy(() -> client.selectDataset("day9")).isInstanceOf(DatasetLoadException.class)
                .hasMessageContaining("no dataset named \"day9\"");
        assertThat(client.selectedDataset()).isEqualTo("day2");
    }
}
