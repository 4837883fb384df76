package dev.fitt.adapters.socket.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fitt.adapters.socket.RunningServer;
import dev.fitt.adapters.socket.SocketAdapter;
import dev.fitt.adapters.socket.TestDataset;
import dev.fitt.adapters.socket.protocol.MessageEncoder;
import dev.fitt.adapters.socket.protocol.Request;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.OutputStream;
import java.net.Socket;
import org.slf4j.LoggerFactory;
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
    void aClientThatDoesNotTakeItsAnswersIsCutOffAfterTheWaitAndTheLogSaysSo() throws Exception {
        TestDataset dataset = new TestDataset(path -> new ImageContent(new byte[1_000_000]));
        RunningServer server = dataset.start();
        Logger log = (Logger) LoggerFactory.getLogger(TcpServer.class);
        ListAppender<ILoggingEvent> events = new ListAppender<>();
        events.start();
        log.addAppender(events);
        log.setLevel(Level.WARN);
        try (Socket stuck = new Socket()) {
            stuck.setReceiveBufferSize(4096);
            stuck.connect(server.address());
            OutputStream out = stuck.getOutputStream();
            for (int i = 0; i < 20; i++) {
                out.write(MessageEncoder.toBytes(new Request.Image(0))); // 20 MB of answers, never read
            }
            out.flush();
            Thread.sleep(300);

            long started = System.nanoTime();
            server.close();

            assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started)).as("bounded").isLessThan(20);
            assertThat(events.list).extracting(ILoggingEvent::getFormattedMessage).anySatisfy(line -> assertThat(line)
                    .contains("closing the connection to", "it had not taken its answers"));
        } finally {
            log.detachAppender(events);
            log.setLevel(null);
            server.close();
        }
    }

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
