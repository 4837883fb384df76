package dev.fitt.adapters.socket.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fitt.adapters.socket.RawClient;
import dev.fitt.adapters.socket.RunningServer;
import dev.fitt.adapters.socket.SocketAdapter;
import dev.fitt.adapters.socket.SocketServerConfig;
import dev.fitt.adapters.socket.protocol.DatasetReply.DatasetEntry;
import dev.fitt.adapters.socket.protocol.DatasetReply;
import dev.fitt.adapters.socket.protocol.DatasetRequest;
import dev.fitt.adapters.socket.protocol.Reply;
import dev.fitt.adapters.socket.protocol.Request;
import dev.fitt.adapters.socket.protocol.VersionedReply;
import dev.fitt.adapters.socket.protocol.VersionedRequest;
import dev.fitt.adapters.socket.protocol.Wire;
import dev.fitt.domain.AutosavePolicy;
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
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Several datasets on one port: a connection lists them, selects one, and works on it alone. */
@Timeout(60)
class DatasetSelectionServerTest {
    private static final List<TagValue> TRUE_FALSE_TRUE = List.of(TagValue.TRUE, TagValue.FALSE, TagValue.TRUE);

    private final Map<String, InMemoryDatasetStore> stores = new ConcurrentHashMap<>();
    private final List<String> loaded = new CopyOnWriteArrayList<>();
    private DatasetCatalog catalog;
    private RunningServer server;

    @BeforeEach
    void start() throws Exception {
        DatasetSourcesPort sources = new DatasetSourcesPort() {
            @Override
            public List<String> names() {
                return List.of("day1", "day2", "day3");
            }

            @Override
            public DatasetStorage open(String name) throws DatasetLoadException {
                loaded.add(name);
                if (name.equals("day3")) {
                    throw new DatasetLoadException("day3.csv line 2: cell \"maybe\" is not True or False");
                }
                return new DatasetStorage(stores.computeIfAbsent(name, n -> InMemoryDatasetStore.of(
                        DatasetFixture.small())), new InMemoryImageSource(Map.of()), new InMemoryChangeJournal(),
                        new InMemoryVersionBase());
            }
        };
        catalog = new DatasetCatalog(sources, AutosavePolicy.never(), Duration.ofHours(1), Optional.of("day2"));
        server = SocketAdapter.startServer(SocketServerConfig.of("127.0.0.1", 0), catalog);
    }

    @AfterEach
    void stop() {
        server.close();
        catalog.close();
    }

    private RawClient client() throws Exception {
        return new RawClient(new InetSocketAddress("127.0.0.1", server.address().getPort()));
    }

    @Test
    void listingNamesEveryDatasetAndLoadsNone() throws Exception {
        try (RawClient client = client()) {
            client.hello("");

            assertThat(client.send(new DatasetRequest.ListDatasets(4)).read()).isEqualTo(new DatasetReply.Datasets(4, "day2", "day2",
                    List.of(new DatasetEntry("day1", DatasetEntry.NOT_LOADED_YET, 0, 0, 0, 0, ""),
                            new DatasetEntry("day2", DatasetEntry.NOT_LOADED_YET, 0, 0, 0, 0, ""),
                            new DatasetEntry("day3", DatasetEntry.NOT_LOADED_YET, 0, 0, 0, 0, ""))));
            assertThat(loaded).isEmpty();
        }
    }

    @Test
    void twoConnectionsOnTwoDatasetsChangeOnlyTheirOwn() throws Exception {
        try (RawClient first = client(); RawClient second = client()) {
            first.hello("");
            second.hello("");
            assertThat(first.send(new DatasetRequest.SelectDataset(1, "day1")).read()).isEqualTo(new DatasetReply.DatasetSelected(1));

            long version = ((VersionedReply.VersionedLabels) first.send(new VersionedRequest.VersionedLabels(9)).read()).version();
            first.send(new VersionedRequest.VersionedChange(2, version, 3, 3, TRUE_FALSE_TRUE));
            assertThat(((VersionedReply.ChangeOutcome) first.read()).status()).isEqualTo(Wire.OK);
            second.send(new Request.Change(5, 5, List.of(false, true, false))).read();
            first.send(new Request.Save()).read();
            second.send(new Request.Save()).read();
            catalog.close();

            assertThat(stores.get("day1").savedLabels().value(3, 0)).isEqualTo(TagValue.TRUE);
            assertThat(stores.get("day1").savedLabels().isLabelled(5)).isFalse();
            assertThat(stores.get("day2").savedLabels().value(5, 1)).isEqualTo(TagValue.TRUE);
            assertThat(stores.get("day2").savedLabels().isLabelled(3)).isFalse();
        }
    }

    @Test
    void aV1ClientWorksOnTheDefaultDataset() throws Exception {
        try (RawClient v1 = client()) {
            v1.send(new Request.Change(0, 0, List.of(false, false, true))).read();
            catalog.close();

            assertThat(loaded).containsExactly("day2");
            assertThat(stores.get("day2").savedLabels().value(0, 2)).isEqualTo(TagValue.TRUE);
        }
    }

    @Test
    void aDatasetThatCannotBeLoadedIsRefusedAndTheConnectionStaysWhereItWas() throws Exception {
        try (RawClient client = client()) {
            client.hello("");
            client.send(new DatasetRequest.SelectDataset(1, "day1")).read();

            assertThat(client.send(new DatasetRequest.SelectDataset(2, "day3")).read()).isEqualTo(new Reply.ExtensionError(
                    Wire.SELECT_DATASET, 2, "day3.csv line 2: cell \"maybe\" is not True or False"));
            assertThat(client.send(new DatasetRequest.SelectDataset(3, "day9")).read()).isInstanceOfSatisfying(
                    Reply.ExtensionError.class, e -> assertThat(e.message()).contains("no dataset named \"day9\""));
            DatasetReply.Datasets list = (DatasetReply.Datasets) client.send(new DatasetRequest.ListDatasets(4)).read();
            assertThat(list.selected()).isEqualTo("day1");
            assertThat(list.datasets().get(0).state()).isEqualTo(DatasetEntry.LOADED);
            assertThat(list.datasets().get(0).frames()).isEqualTo(4);
            assertThat(list.datasets().get(2)).isEqualTo(new DatasetEntry("day3", DatasetEntry.FAILED, 0, 0, 0, 0,
                    "day3.csv line 2: cell \"maybe\" is not True or False"));
        }
    }

    @Test
    void aSubscriptionFollowsTheConnectionToTheDatasetItSelects() throws Exception {
        try (RawClient watcher = client(); RawClient editor = client()) {
            watcher.hello("");
            editor.hello("");
            watcher.send(new VersionedRequest.Subscribe(1)).read();
            watcher.send(new DatasetRequest.SelectDataset(2, "day1")).read();
            editor.send(new DatasetRequest.SelectDataset(1, "day1")).read();

            editor.send(new Request.Change(4, 4, List.of(true, false, false))).read();

            assertThat(watcher.read()).isInstanceOfSatisfying(VersionedReply.Pushed.class,
                    pushed -> assertThat(pushed.first()).isEqualTo(4));
        }
    }

    @Test
    void withoutTheCapabilityTheDatasetMessagesAreRefused() throws Exception {
        try (RawClient client = client()) {
            client.send(new Request.Hello(1, Wire.STATS_CAPABILITY, "")).read();

            assertThat(client.send(new DatasetRequest.ListDatasets(1)).read()).isInstanceOf(Reply.ExtensionError.class);
        }
    }
}
