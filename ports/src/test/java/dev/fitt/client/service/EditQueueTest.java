package dev.fitt.client.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fitt.domain.TagChange;
import dev.fitt.domain.TagValue;
import dev.fitt.client.port.in.SessionListener;
import dev.fitt.client.port.out.DatasetView;
import dev.fitt.ports.ImageContent;
import dev.fitt.client.port.out.TaggingServerPort;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class EditQueueTest {

    /** Records what reaches it; the first save blocks until released, as a slow save of a big file. */
    private static final class SlowSaveServer implements TaggingServerPort {
        final List<String> received = new CopyOnWriteArrayList<>();
        final CountDownLatch saveStarted = new CountDownLatch(1);
        final CountDownLatch releaseSave = new CountDownLatch(1);

        @Override
        public DatasetView fetchDataset() {
            throw new UnsupportedOperationException();
        }

        @Override
        public ImageContent fetchImage(int index) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void tag(TagChange change) {
            received.add("change " + change.first());
        }

        @Override
        public void save() {
            saveStarted.countDown();
            try {
                releaseSave.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            received.add("save");
        }

        @Override
        public void close() {
        }
    }

    private static TagChange row(int row) {
        return TagChange.ofRow(row, List.of(TagValue.TRUE));
    }

    @Test
    void savesWaitingBehindASlowSaveCollapseIntoOneAfterTheLatestEdit() throws Exception {
        SlowSaveServer server = new SlowSaveServer();
        EditQueue queue = new EditQueue(server, RetryBackoff.standard(), Sleeper.system(), new SessionListener() { });
        queue.start(Thread::new);
        queue.enqueue(row(1));
        queue.enqueueSave();
        assertThat(server.saveStarted.await(10, TimeUnit.SECONDS)).isTrue();

        queue.enqueue(row(2));
        queue.enqueueSave();
        queue.enqueue(row(3));
        queue.enqueueSave();
        server.releaseSave.countDown();

        assertThat(queue.flush(Duration.ofSeconds(10))).isTrue();
        assertThat(server.received).containsExactly("change 1", "save", "change 2", "change 3", "save");
        queue.stop(Duration.ofSeconds(5));
    }
}
