package dev.fitt.adapters.socket.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fitt.adapters.socket.ClientConfig;
import dev.fitt.adapters.socket.RawClient;
import dev.fitt.adapters.socket.RunningServer;
import dev.fitt.adapters.socket.SocketAdapter;
import dev.fitt.adapters.socket.SocketServerConfig;
import dev.fitt.adapters.socket.TestDataset;
import dev.fitt.adapters.socket.protocol.ClipInfoRequest;
import dev.fitt.adapters.socket.protocol.MessageEncoder;
import dev.fitt.adapters.socket.protocol.Reply;
import dev.fitt.adapters.socket.protocol.Request;
import dev.fitt.adapters.socket.protocol.VersionedRequest;
import dev.fitt.adapters.socket.protocol.Wire;
import dev.fitt.client.port.out.TaggingServerPort;
import dev.fitt.domain.LabelsSnapshot;
import dev.fitt.domain.TagChange;
import dev.fitt.domain.TagValue;
import dev.fitt.domain.VersionedLabels;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A live server over loopback, hostile connections sending random and malformed bytes, and one
 * well-behaved client whose answers must stay right throughout. At the end the core's labels are
 * exactly what the good client wrote.
 *
 * <p>Why garbage cannot change a label: the only edits are v1 {@code change} ({@code FF 03}) and
 * the versioned change ({@code FF 12}). A command byte is always the byte right after an
 * {@code 0xFF} in the stream, whatever was skipped or consumed before, so {@link Hostile#send}
 * rewrites every {@code 03} or {@code 12} that follows an {@code 0xFF} in a connection's whole
 * byte stream (across writes too). No edit can then be decoded from garbage, by chance or
 * otherwise; everything else (saves, subscriptions, images, huge lengths) is fair game. The good
 * client checks each versioned edit gets exactly the next version: no other change slipped in.
 */
@Timeout(120)
class HostileClientsFuzzTest {
    private static final int HOSTILE_THREADS = 6;
    private static final int CONNECTIONS_PER_THREAD = 30;
    private static final int GOOD_ROUNDS = 150;
    private static final long DEADLINE_MILLIS = 40_000;

    private final TestDataset dataset = new TestDataset();

    @Test
    void garbageFromManyConnectionsChangesNothingAndTheGoodClientKeepsWorking() throws Exception {
        SocketServerConfig config = SocketServerConfig.of("127.0.0.1", 0).withMessageTimeout(Duration.ofMillis(500))
                .withMaxMessageBytes(4096).withMaxRequestsInFlight(256).withMaxPushBacklog(64);
        AtomicBoolean stop = new AtomicBoolean();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(DEADLINE_MILLIS);
        ExecutorService pool = Executors.newFixedThreadPool(HOSTILE_THREADS);
        try (RunningServer server = dataset.start(config);
             TaggingServerPort good = SocketAdapter.connect(ClientConfig.of("127.0.0.1", server.address().getPort(),
                     Duration.ofSeconds(20)))) {
            List<Future<Integer>> hostiles = new ArrayList<>();
            for (int t = 0; t < HOSTILE_THREADS; t++) {
                long seed = 1000L + t;
                hostiles.add(pool.submit(() -> new Hostile(server, new Random(seed), stop, deadline).run()));
            }

            byte[] model = goodClientEdits(good);
            stop.set(true);
            int connections = 0;
            for (Future<Integer> hostile : hostiles) {
                connections += hostile.get(60, TimeUnit.SECONDS);
            }

            LabelsSnapshot expected = LabelsSnapshot.of(dataset.size(), 3, model);
            assertThat(connections).as("hostile connections made").isPositive();
            assertThat(dataset.service.queries().labels()).isEqualTo(expected);
            assertThat(good.fetchDataset().labels()).isEqualTo(expected);
            try (RawClient late = new RawClient(server.address())) {
                assertThat(late.send(new Request.TagList()).read()).isInstanceOf(Reply.TagList.class);
            }
        } finally {
            stop.set(true);
            pool.shutdownNow();
        }
    }

    /** Alternates v1 edits and versioned edits, checking every read against its own model. */
    private byte[] goodClientEdits(TaggingServerPort good) throws Exception {
        byte[] model = new byte[dataset.size() * 3];
        Random random = new Random(7);
        for (int round = 0; round < GOOD_ROUNDS; round++) {
            int first = random.nextInt(dataset.size());
            int last = Math.min(dataset.size() - 1, first + random.nextInt(3));
            List<TagValue> values = List.of(value(random), value(random), value(random));
            if (round % 2 == 0) {
                good.tag(new TagChange(first, last, values.stream()
                        .map(v -> v == TagValue.UNSET ? TagValue.FALSE : v).toList()));
                values = values.stream().map(v -> v == TagValue.UNSET ? TagValue.FALSE : v).toList();
            } else {
                VersionedLabels seen = good.fetchVersionedLabels();
                assertThat(seen.labels().toCodes()).as("labels read in round %d", round).isEqualTo(model);
                long version = good.tagIfCurrent(new TagChange(first, last, values), seen.version());
                assertThat(version).as("version of the edit in round %d", round).isEqualTo(seen.version() + 1);
            }
            for (int row = first; row <= last; row++) {
                for (int t = 0; t < 3; t++) {
                    model[row * 3 + t] = values.get(t).code();
                }
            }
        }
        return model;
    }

    private static TagValue value(Random random) {
        return TagValue.ofCode((byte) random.nextInt(3));
    }

    /** One thread of hostile connections, each sending a few kinds of bad bytes. */
    private static final class Hostile {
        private final RunningServer server;
        private final Random random;
        private final AtomicBoolean stop;
        private final long deadline;
        private byte last;

        Hostile(RunningServer server, Random random, AtomicBoolean stop, long deadline) {
            this.server = server;
            this.random = random;
            this.stop = stop;
            this.deadline = deadline;
        }

        int run() {
            int made = 0;
            for (int c = 0; c < CONNECTIONS_PER_THREAD && !stop.get() && System.nanoTime() < deadline; c++) {
                try (RawClient client = new RawClient(server.address())) {
                    made++;
                    last = 0;
                    int payloads = 1 + random.nextInt(4);
                    for (int p = 0; p < payloads; p++) {
                        if (!send(client, payload())) {
                            break;
                        }
                    }
                } catch (IOException e) {
                    // refused or closed by the server: exactly what a hostile client should expect
                }
            }
            return made;
        }

        private byte[] payload() {
            switch (random.nextInt(6)) {
                case 0: return randomBytes(1 + random.nextInt(2000));
                case 1: return mutated(validStream(1 + random.nextInt(20)));
                case 2: return hugeLength();
                case 3: {
                    byte[] valid = validStream(1);
                    return java.util.Arrays.copyOf(valid, Math.max(1, valid.length / 2));
                }
                case 4: return validStream(50 + random.nextInt(400));
                default: return concat(MessageEncoder.toBytes(new Request.Hello(1, 7, "")),
                        MessageEncoder.toBytes(new VersionedRequest.Subscribe(1)), randomBytes(random.nextInt(300)));
            }
        }

        /** Writes after removing every edit command (see the class comment); false once the server closed. */
        private boolean send(RawClient client, byte[] bytes) {
            for (int i = 0; i < bytes.length; i++) {
                byte previous = i == 0 ? last : bytes[i - 1];
                if (previous == Wire.MARK && (bytes[i] == Wire.CHANGE || bytes[i] == Wire.VERSIONED_CHANGE)) {
                    bytes[i] = Wire.TAG_LIST;
                }
            }
            if (bytes.length > 0) {
                last = bytes[bytes.length - 1];
            }
            return client.trySend(bytes);
        }

        private byte[] randomBytes(int size) {
            byte[] bytes = new byte[size];
            for (int i = 0; i < size; i++) {
                int pick = random.nextInt(10);
                bytes[i] = pick < 2 ? Wire.MARK : pick < 5 ? (byte) random.nextInt(0x18) : (byte) random.nextInt(256);
            }
            return bytes;
        }

        private byte[] validStream(int count) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (int i = 0; i < count; i++) {
                Request request = switch (random.nextInt(9)) {
                    case 0 -> new Request.Image(random.nextInt(40));
                    case 1 -> new Request.TagList();
                    case 2 -> new Request.ClipList();
                    case 3 -> new Request.Labels();
                    case 4 -> new Request.Save();
                    case 5 -> new ClipInfoRequest.Stats(random.nextInt(100));
                    case 6 -> new VersionedRequest.VersionedLabels(random.nextInt(100));
                    case 7 -> new ClipInfoRequest.CameraNames(random.nextInt(100));
                    default -> new Request.Change(random.nextInt(20), random.nextInt(20), List.of(true, false, true));
                };
                out.writeBytes(MessageEncoder.toBytes(request));
            }
            return out.toByteArray();
        }

        private byte[] mutated(byte[] bytes) {
            int edits = 1 + random.nextInt(9);
            for (int e = 0; e < edits && bytes.length > 0; e++) {
                bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
            }
            return bytes;
        }

        /** An extension header declaring far more than the server's 4096 bytes (a change's is rewritten too). */
        private byte[] hugeLength() {
            byte command = (byte) (Wire.HELLO + random.nextInt(6));
            return ByteBuffer.allocate(6).put(Wire.MARK).put(command).putInt(5000 + random.nextInt(1 << 30)).array();
        }

        private static byte[] concat(byte[]... parts) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (byte[] part : parts) {
                out.writeBytes(part);
            }
            return out.toByteArray();
        }
    }
}
