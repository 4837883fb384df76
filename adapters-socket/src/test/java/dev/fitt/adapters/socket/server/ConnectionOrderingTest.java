package dev.fitt.adapters.socket.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fitt.adapters.socket.RawClient;
import dev.fitt.adapters.socket.RunningServer;
import dev.fitt.adapters.socket.TestDataset;
import dev.fitt.adapters.socket.protocol.ClipInfoReply;
import dev.fitt.adapters.socket.protocol.ClipInfoRequest;
import dev.fitt.adapters.socket.protocol.MessageEncoder;
import dev.fitt.adapters.socket.protocol.Reply;
import dev.fitt.adapters.socket.protocol.Request;
import dev.fitt.adapters.socket.protocol.VersionedReply;
import dev.fitt.adapters.socket.protocol.VersionedRequest;
import dev.fitt.adapters.socket.protocol.Wire;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Many subscribed connections at once, each mixing lone requests (answered on the reader's thread)
 * with pipelined ones (answered by the writer's) while the others' changes are pushed to it: every
 * reply comes back whole and in request order, and every push arrives, in version order, before
 * the answer to any request sent after it was queued.
 */
@Timeout(60)
class ConnectionOrderingTest {
    private static final int CLIENTS = 6;
    private static final int ROUNDS = 150;
    private static final long WAIT_SECONDS = 30;

    private final TestDataset dataset = new TestDataset();
    private RunningServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void repliesKeepRequestOrderAndPushesArriveWholeBetweenThem() throws Exception {
        server = dataset.start();
        CyclicBarrier subscribed = new CyclicBarrier(CLIENTS);
        CyclicBarrier edited = new CyclicBarrier(CLIENTS);
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<Client>> running = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                Client client = new Client(new SplittableRandom(i));
                running.add(pool.submit(() -> client.run(subscribed, edited)));
            }
            List<Client> done = new ArrayList<>();
            for (Future<Client> client : running) {
                done.add(client.get(WAIT_SECONDS, TimeUnit.SECONDS));
            }

            long changes = done.stream().mapToLong(client -> client.changes).sum();
            for (Client client : done) {
                assertThat(client.pushes).isEqualTo(changes - client.changes);
            }
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(WAIT_SECONDS, TimeUnit.SECONDS);
        }
    }

    /** One connection's run; it checks every reply as it reads it and counts what it did. */
    private final class Client {
        private final SplittableRandom random;
        private final List<Request> unanswered = new ArrayList<>();
        private long nextId = 1;
        private long changes;
        private long pushes;
        private long lastPushedVersion;

        Client(SplittableRandom random) {
            this.random = random;
        }

        Client run(CyclicBarrier subscribed, CyclicBarrier edited) throws Exception {
            try (RawClient connection = new RawClient(server.address())) {
                connection.hello("");
                ask(connection, List.of(new VersionedRequest.Subscribe(nextId++)));
                subscribed.await(WAIT_SECONDS, TimeUnit.SECONDS);
                for (int round = 0; round < ROUNDS; round++) {
                    ask(connection, round % 3 == 0 ? List.of(change()) : pipelined());
                }
                edited.await(WAIT_SECONDS, TimeUnit.SECONDS);
                // Every change of the others was pushed to this connection before this is queued.
                ask(connection, List.of(new ClipInfoRequest.Stats(nextId++)));
            }
            return this;
        }

        /** Sends the requests in one write, then reads until all are answered. */
        private void ask(RawClient connection, List<Request> requests) throws Exception {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            for (Request request : requests) {
                bytes.write(MessageEncoder.toBytes(request));
            }
            unanswered.addAll(requests);
            connection.send(bytes.toByteArray());
            while (!unanswered.isEmpty()) {
                Reply reply = connection.read();
                if (reply instanceof VersionedReply.Pushed pushed) {
                    assertThat(pushed.version()).isGreaterThan(lastPushedVersion);
                    lastPushedVersion = pushed.version();
                    pushes++;
                } else {
                    assertAnswers(unanswered.remove(0), reply);
                }
            }
        }

        private List<Request> pipelined() {
            return List.of(new ClipInfoRequest.Stats(nextId++), change(), new ClipInfoRequest.CameraNames(nextId++), new Request.TagList(),
                    change(), new VersionedRequest.Subscribe(nextId++));
        }

        private Request change() {
            changes++;
            long row = random.nextLong(dataset.size());
            return new Request.Change(row, row, List.of(random.nextBoolean(), random.nextBoolean(), true));
        }

        private static void assertAnswers(Request request, Reply reply) {
            if (request instanceof Request.Change) {
                assertThat(reply).isEqualTo(new Reply.Done(Wire.CHANGE));
            } else if (request instanceof Request.TagList) {
                assertThat(reply).isInstanceOf(Reply.TagList.class);
            } else if (request instanceof ClipInfoRequest.Stats stats) {
                assertThat(reply).isInstanceOfSatisfying(ClipInfoReply.Stats.class, r -> assertThat(r.id()).isEqualTo(stats.id()));
            } else if (request instanceof ClipInfoRequest.CameraNames names) {
                assertThat(reply).isInstanceOfSatisfying(ClipInfoReply.CameraNames.class,
                        r -> assertThat(r.id()).isEqualTo(names.id()));
            } else if (request instanceof VersionedRequest.Subscribe subscribe) {
                assertThat(reply).isEqualTo(new VersionedReply.Subscribed(subscribe.id()));
            }
        }
    }
}
