package dev.fitt.adapters.socket.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fitt.adapters.socket.RawClient;
import dev.fitt.adapters.socket.RunningServer;
import dev.fitt.adapters.socket.SocketAdapter;
import dev.fitt.adapters.socket.SocketServerConfig;
import dev.fitt.adapters.socket.TestDataset;
import dev.fitt.adapters.socket.protocol.CodecLimits;
import dev.fitt.adapters.socket.protocol.LabelsCsvReader;
import dev.fitt.adapters.socket.protocol.Reply;
import dev.fitt.adapters.socket.protocol.Request;
import dev.fitt.adapters.socket.protocol.Wire;
import dev.fitt.domain.LabelsSnapshot;
import dev.fitt.domain.TagValue;
import java.nio.charset.StandardCharsets;
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
class SocketServerTest {
    private final TestDataset dataset = new TestDataset();
    private RunningServer server;

    @BeforeEach
    void start() throws Exception {
        server = dataset.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void tagListAnswersTheAliasesInTagOrder() throws Exception {
        try (RawClient client = client()) {
            assertThat(client.send(new Request.TagList()).read())
                    .isEqualTo(new Reply.TagList(List.of("Clear Weather", "Rain", "Night")));
        }
    }

    @Test
    void originalClientConnectSequenceGetsItsThreeRepliesInOrder() throws Exception {
        try (RawClient client = client()) {
            client.send(new byte[] {(byte) 0xFF, 0x02, (byte) 0xFF, 0x06, (byte) 0xFF, 0x05});

            assertThat(client.read()).isInstanceOf(Reply.TagList.class);
            assertThat(client.read()).isInstanceOf(Reply.Labels.class);
            assertThat(client.read()).isInstanceOf(Reply.ClipList.class);
        }
    }

    @Test
    void clipsCoverEveryRowWithFramesOfThreeCameras() throws Exception {
        try (RawClient client = client()) {
            Reply.ClipList clips = (Reply.ClipList) client.send(new Request.ClipList()).read();

            assertThat(clips.clips()).containsExactly(new Reply.ClipEntry(0, 12, 3), new Reply.ClipEntry(12, 18, 3),
                    new Reply.ClipEntry(18, 19, 1));
            assertThat(clips.clips().get(clips.clips().size() - 1).end()).isEqualTo(dataset.size());
        }
    }

    @Test
    void labelsOfAFreshDatasetAreAllEmptyCells() throws Exception {
        try (RawClient client = client()) {
            String csv = labelsText(client);

            assertThat(csv).startsWith("tag_code_100,tag_code_200,tag_code_300\n,,\n");
            assertThat(csv.split("\n", -1)).hasSize(1 + dataset.size() + 1);
        }
    }

    @Test
    void labelsShowEditsMadeByAnotherConnection() throws Exception {
        try (RawClient editor = client(); RawClient viewer = client()) {
            assertThat(editor.send(new Request.Change(4, 4, List.of(true, false, true))).read())
                    .isEqualTo(new Reply.Done(Wire.CHANGE));

            String[] lines = labelsText(viewer).split("\n");

            assertThat(lines[1 + 4]).isEqualTo("True,False,True");
            assertThat(lines[1 + 3]).isEqualTo(",,");
        }
    }

    @Test
    void rangeChangeLabelsAWholeClip() throws Exception {
        try (RawClient client = client()) {
            client.send(new Request.Change(12, 17, List.of(false, true, false))).read();

            LabelsSnapshot labels = dataset.service.queries().labels();
            for (int row = 12; row <= 17; row++) {
                assertThat(labels.value(row, 1)).isEqualTo(TagValue.TRUE);
            }
            assertThat(labels.isLabelled(11)).isFalse();
            assertThat(labels.isLabelled(18)).isFalse();
        }
    }

    @Test
    void changeWithTheWrongTagCountIsRefusedWithTheReason() throws Exception {
        try (RawClient client = client()) {
            assertThat(client.send(new Request.Change(0, 0, List.of(true, true))).read())
                    .isEqualTo(Reply.Refused.because(Wire.CHANGE, "change has 2 tag values but the dataset has 3 tags"));
        }
    }

    @Test
    void changeBeyondTheLastRowIsRefusedWithTheReason() throws Exception {
        try (RawClient client = client()) {
            assertThat(client.send(new Request.Change(18, 19, List.of(true, true, true))).read())
                    .isEqualTo(Reply.Refused.because(Wire.CHANGE, "rows 18..19 are outside 0..18"));
        }
    }

    @Test
    void imageIsTheFileExactlyAsStored() throws Exception {
        try (RawClient client = client()) {
            Reply reply = client.send(new Request.Image(1)).read();

            assertThat(reply).isEqualTo(new Reply.Image(1, TestDataset.imageBytes(dataset.service.dataset().filePath(1))));
        }
    }

    @Test
    void imagesFollowDisplayOrderInterleavingTheCameras() throws Exception {
        try (RawClient client = client()) {
            Reply reply = client.send(new Request.Image(1)).read();

            assertThat(reply).isEqualTo(new Reply.Image(1, TestDataset.imageBytes("img/a_left_0.jpg")));
        }
    }

    @Test
    void missingImageFileGetsAnErrorNamingTheFile() throws Exception {
        try (RawClient client = client()) {
            assertThat(client.send(new Request.Image(18)).read())
                    .isEqualTo(new Reply.ImageError(18, "image file img/missing.jpg does not exist"));
        }
    }

    @Test
    void imageOutOfRangeGetsAnErrorInsteadOfSilence() throws Exception {
        try (RawClient client = client()) {
            assertThat(client.send(new Request.Image(19)).read()).isEqualTo(new Reply.ImageError(19,
                    "image index 19 is out of range: the dataset has 19 images (0..18)"));
            assertThat(client.send(new Request.Image(0xFFFF_FFFFL)).read())
                    .isEqualTo(new Reply.ImageError(0xFFFF_FFFFL, "image index 4294967295 is out of range"));
        }
    }

    @Test
    void saveWritesTheLabelsAndSaysDone() throws Exception {
        try (RawClient client = client()) {
            client.send(new Request.Change(0, 0, List.of(true, true, true))).read();

            assertThat(client.send(new Request.Save()).read()).isEqualTo(new Reply.Done(Wire.SAVE));
            assertThat(dataset.saved.get().isLabelled(dataset.service.dataset().order().fileRow(0))).isTrue();
        }
    }

    @Test
    void failedSaveIsReportedWithTheReason() throws Exception {
        dataset.saveFails.set(true);
        try (RawClient client = client()) {
            assertThat(client.send(new Request.Save()).read())
                    .isEqualTo(Reply.Refused.because(Wire.SAVE, "cannot write labels.csv: disk full"));
        }
    }

    @Test
    void garbageBeforeARequestIsSkipped() throws Exception {
        try (RawClient client = client()) {
            client.send(new byte[] {0x00, 0x13, 0x37, 0x02, (byte) 0xFF, 0x02});

            assertThat(client.read()).isInstanceOf(Reply.TagList.class);
        }
    }

    @Test
    void unknownCommandIsSkippedWithoutAnAnswer() throws Exception {
        try (RawClient client = client()) {
            client.send(new byte[] {(byte) 0xFF, 0x07, 0x01, 0x02, 0x03, (byte) 0xFF, 0x04});

            assertThat(client.read()).isEqualTo(new Reply.Done(Wire.SAVE));
        }
    }

    @Test
    void clientVanishingMidMessageDoesNotDisturbAnother() throws Exception {
        try (RawClient steady = client()) {
            try (RawClient vanishing = client()) {
                vanishing.send(new byte[] {(byte) 0xFF, 0x03, 0, 0, 0, 1, 0});
            }
            assertThat(steady.send(new Request.Change(2, 2, List.of(true, true, false))).read())
                    .isEqualTo(new Reply.Done(Wire.CHANGE));
            awaitConnections(1);
            assertThat(dataset.service.queries().labels().isLabelled(1)).isFalse();
        }
    }

    @Test
    void connectionsBeyondTheLimitAreClosed() throws Exception {
        try (RunningServer small = SocketAdapter.startServer(
                new SocketServerConfig("127.0.0.1", 0, 2, CodecLimits.defaults()), dataset.useCases());
             RawClient first = new RawClient(small.address());
             RawClient second = new RawClient(small.address())) {
            first.send(new Request.Save()).read();
            second.send(new Request.Save()).read();

            try (RawClient third = new RawClient(small.address())) {
                assertThat(third.isClosedByServer()).isTrue();
            }
            assertThat(first.send(new Request.TagList()).read()).isInstanceOf(Reply.TagList.class);
            assertThat(small.connectionCount()).isEqualTo(2);
        }
    }

    @Test
    void closingTheServerClosesItsConnections() throws Exception {
        try (RawClient client = client()) {
            client.send(new Request.Save()).read();

            server.close();

            assertThat(client.isClosedByServer()).isTrue();
            assertThat(server.connectionCount()).isZero();
        }
    }

    @Test
    void eightClientsMakingAThousandChangesEachEndWithExactlyTheirLastValues() throws Exception {
        int clients = 8;
        int changes = 1000;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int id = c;
                done.add(pool.submit(() -> {
                    try (RawClient client = client()) {
                        for (int k = 0; k < changes; k++) {
                            client.send(changeOf(id, k));
                        }
                        for (int k = 0; k < changes; k++) {
                            assertThat(client.read()).isEqualTo(new Reply.Done(Wire.CHANGE));
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

        LabelsSnapshot expected = expectedAfter(clients, changes);
        try (RawClient viewer = client()) {
            Reply labels = viewer.send(new Request.Labels()).read();
            assertThat(LabelsCsvReader.read(((Reply.Labels) labels).csv()).labels()).isEqualTo(expected);
        }
    }

    /** Client {@code id} owns rows id, id+8, id+16; its k-th change writes one of them. */
    private Request.Change changeOf(int id, int k) {
        int row = rowOf(id, k);
        return new Request.Change(row, row, List.of(k % 2 == 0, k % 3 == 0, k % 5 == 0));
    }

    private int rowOf(int id, int k) {
        List<Integer> rows = new ArrayList<>();
        for (int row = id; row < dataset.size(); row += 8) {
            rows.add(row);
        }
        return rows.get(k % rows.size());
    }

    private LabelsSnapshot expectedAfter(int clients, int changes) {
        byte[] cells = new byte[dataset.size() * 3];
        for (int id = 0; id < clients; id++) {
            for (int k = 0; k < changes; k++) {
                Request.Change change = changeOf(id, k);
                for (int t = 0; t < 3; t++) {
                    cells[(int) change.first() * 3 + t] = TagValue.of(change.values().get(t)).code();
                }
            }
        }
        return LabelsSnapshot.of(dataset.size(), 3, cells);
    }

    private String labelsText(RawClient client) throws Exception {
        Reply labels = client.send(new Request.Labels()).read();
        return new String(((Reply.Labels) labels).csv(), StandardCharsets.UTF_8);
    }

    private void awaitConnections(int count) throws InterruptedException {
        for (int i = 0; i < 500 && server.connectionCount() != count; i++) {
            Thread.sleep(10);
        }
        assertThat(server.connectionCount()).isEqualTo(count);
    }

    private RawClient client() throws java.io.IOException {
        return new RawClient(server.address());
    }

}
