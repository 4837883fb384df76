package dev.fitt.adapters.socket.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fitt.adapters.socket.RunningServer;
import dev.fitt.adapters.socket.SocketAdapter;
import dev.fitt.adapters.socket.TestDataset;
import dev.fitt.client.port.out.TaggingServerPort;
import dev.fitt.ports.ImageContent;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A stop answers what clients asked before it: a request being served when the server is told to
 * stop (a change being committed, an image being read) finishes and is answered before the stop
 * goes on to save, so nothing is applied after the stop's save and no client loses an answer.
 */
@Timeout(60)
class ServerStopTest {
    @Test
    void aRequestBeingServedWhenTheServerStopsIsAnsweredBeforeTheStopEnds() throws Exception {
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        TestDataset dataset = new TestDataset(path -> {
            reading.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new ImageContent(TestDataset.imageBytes(path));
        });
        RunningServer server = dataset.start();
        try (TaggingServerPort client = SocketAdapter.connect("127.0.0.1", server.address().getPort(),
                Duration.ofSeconds(20))) {
            CompletableFuture<ImageContent> image = CompletableFuture.supplyAsync(() -> {
                try {
                    return client.fetchImage(0);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            assertThat(reading.await(10, TimeUnit.SECONDS)).as("the server is reading the image").isTrue();

            CompletableFuture<Void> stop = CompletableFuture.runAsync(server::close);
            Thread.sleep(300);
            assertThat(stop).as("the stop waits for the request being served").isNotDone();
            release.countDown();

            stop.get(10, TimeUnit.SECONDS);
            assertThat(image.get(10, TimeUnit.SECONDS).bytes()).as("answered, not cut off")
                    .isEqualTo(TestDataset.imageBytes(dataset.service.dataset().filePath(0)));
        } finally {
            release.countDown();
            server.close();
        }
    }
}
