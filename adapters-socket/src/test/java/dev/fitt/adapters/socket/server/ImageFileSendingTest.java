package dev.fitt.adapters.socket.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fitt.adapters.socket.ImagesInFolder;
import dev.fitt.adapters.socket.RawClient;
import dev.fitt.adapters.socket.RunningServer;
import dev.fitt.adapters.socket.TestDataset;
import dev.fitt.adapters.socket.protocol.Reply;
import dev.fitt.adapters.socket.protocol.Request;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Images sent straight from their files (sendfile) arrive exactly as a reply made from their bytes would. */
@Timeout(60)
class ImageFileSendingTest {
    /** Around the part sent with the header (16 KB) and well past it. */
    private static final int[] SIZES = {0, 1, 100, 16_383, 16_384, 16_385, 65_536, 300_000};

    @TempDir
    Path folder;
    private ImagesInFolder images;
    private TestDataset dataset;
    private RunningServer server;
    private final List<byte[]> expected = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        images = new ImagesInFolder(folder);
        dataset = new TestDataset(images);
        for (int index = 0; index < dataset.size(); index++) {
            String path = dataset.service.dataset().filePath(index);
            expected.add(path.equals(TestDataset.MISSING) ? null : images.put(path, SIZES[index % SIZES.length], index));
        }
        server = dataset.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void everyImageArrivesByteForByteWhateverItsSize() throws Exception {
        try (RawClient client = new RawClient(server.address())) {
            for (int index = 0; index < dataset.size(); index++) {
                if (expected.get(index) != null) {
                    assertThat(client.send(new Request.Image(index)).read())
                            .isEqualTo(new Reply.Image(index, expected.get(index)));
                }
            }
        }
    }

    @Test
    void pipelinedImageRequestsAreAnsweredInOrderAmongOtherReplies() throws Exception {
        try (RawClient client = new RawClient(server.address())) {
            client.send(new Request.Image(6), new Request.TagList(), new Request.Image(7), new Request.Image(6));

            assertThat(client.read()).isEqualTo(new Reply.Image(6, expected.get(6)));
            assertThat(client.read()).isInstanceOf(Reply.TagList.class);
            assertThat(client.read()).isEqualTo(new Reply.Image(7, expected.get(7)));
            assertThat(client.read()).isEqualTo(new Reply.Image(6, expected.get(6)));
        }
    }

    @Test
    void anImageFileGoneWhenItIsSentIsAnsweredWithTheErrorOfReadingIt() throws Exception {
        int missing = expected.indexOf(null);
        try (RawClient client = new RawClient(server.address())) {
            assertThat(client.send(new Request.Image(missing)).read())
                    .isEqualTo(new Reply.ImageError(missing, "image not found: " + TestDataset.MISSING));
            // the connection goes on
            assertThat(client.send(new Request.Image(2)).read()).isEqualTo(new Reply.Image(2, expected.get(2)));
        }
    }

    @Test
    void manyClientsFetchingLargeImagesAtOnceEachGetExactlyTheirs() throws Exception {
        int large = 7; // 300,000 bytes
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> clients = new ArrayList<>();
            for (int c = 0; c < 4; c++) {
                clients.add(pool.submit(() -> {
                    try (RawClient client = new RawClient(server.address())) {
                        for (int i = 0; i < 20; i++) {
                            int index = i % 2 == 0 ? large : 6;
                            assertThat(client.send(new Request.Image(index)).read())
                                    .isEqualTo(new Reply.Image(index, expected.get(index)));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> client : clients) {
                client.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
