package dev.fitt.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fitt.adapters.postgres.EmbeddedDatabase;
import dev.fitt.domain.LabelsSnapshot;
import dev.fitt.domain.TagValue;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two `fitt server` processes on one database take a stream of v1 changes, one sender on each;
 * one of them is killed with SIGKILL 20 times (each in turn) and started again: every change either
 * server acknowledged is in the database at the end, and nothing that was never sent.
 */
class MultiServerKillTest {
    static final int KILLS = 20;
    private static EmbeddedDatabase postgres;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        postgres = EmbeddedDatabase.start();
    }

    @AfterAll
    static void stop() {
        postgres.close();
    }

    private static boolean[] valuesOf(int row) {
        return new boolean[] {row % 2 == 0, row % 3 == 0, true};
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void everyChangeEitherServerAcknowledgedSurvivesTwentyKills() throws Exception {
        TwoServersOnePostgres setup = TwoServersOnePostgres.write(dir, postgres, 200, 10, 1_000);
        GroupedDataset data = setup.data;
        Set<Integer> acknowledged = ConcurrentHashMap.newKeySet();
        Set<Integer> inDoubt = ConcurrentHashMap.newKeySet();
        AtomicInteger next = new AtomicInteger();
        AtomicBoolean sending = new AtomicBoolean(true);
        ServerProcess[] servers = {ServerProcess.start(setup.settings, dir), ServerProcess.start(setup.settings, dir)};
        List<AtomicReference<InetSocketAddress>> addresses = List.of(new AtomicReference<>(servers[0].address()),
                new AtomicReference<>(servers[1].address()));
        ExecutorService senders = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> streams = new ArrayList<>();
            for (AtomicReference<InetSocketAddress> address : addresses) {
                streams.add(senders.submit(() -> {
                    stream(address, next, data.rows, sending, acknowledged, inDoubt);
                    return null;
                }));
            }
            Random random = new Random(20261203L);
            for (int kill = 0; kill < KILLS; kill++) {
                int victim = kill % 2;
                int before = acknowledged.size();
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                // Kill while changes flow through it: wait for a few acknowledgements first, bounded.
                while (acknowledged.size() < before + 5 + random.nextInt(40) && System.nanoTime() < deadline) {
                    Thread.sleep(2);
                }
                servers[victim].kill();
                servers[victim] = ServerProcess.start(setup.settings, dir);
                addresses.get(victim).set(servers[victim].address());
            }
            sending.set(false);
            for (Future<?> stream : streams) {
                stream.get(1, TimeUnit.MINUTES);
            }
            for (ServerProcess server : servers) {
                assertThat(server.terminate()).as("exit code after SIGTERM").isZero();
            }
        } finally {
            senders.shutdownNow();
            for (ServerProcess server : servers) {
                server.close();
            }
        }

        assertThat(acknowledged).as("changes acknowledged").hasSizeGreaterThan(KILLS * 5);
        LabelsSnapshot stored = setup.databaseLabels();
        for (int display = 0; display < data.rows; display++) {
            int row = data.fileRow(display);
            if (acknowledged.contains(display)) {
                assertThat(stored.value(row, 2)).as("acknowledged row %d in the database", display)
                        .isEqualTo(TagValue.TRUE);
                assertThat(stored.value(row, 0)).isEqualTo(TagValue.of(valuesOf(display)[0]));
                assertThat(stored.value(row, 1)).isEqualTo(TagValue.of(valuesOf(display)[1]));
            } else if (!inDoubt.contains(display)) {
                assertThat(stored.isLabelled(row)).as("row %d never sent", display).isFalse();
            }
        }
    }

    /** Sends one change per row, in turn, to whatever address its server has now; reconnects after a kill. */
    private static void stream(AtomicReference<InetSocketAddress> address, AtomicInteger next, int rows,
            AtomicBoolean sending, Set<Integer> acknowledged, Set<Integer> inDoubt) throws InterruptedException {
        while (sending.get()) {
            try (V1Client client = new V1Client(address.get())) {
                while (sending.get()) {
                    int row = next.getAndIncrement();
                    if (row >= rows) {
                        return;
                    }
                    inDoubt.add(row);
                    String error = client.change(row, row, valuesOf(row));
                    if (error != null) {
                        throw new AssertionError("change refused: " + error);
                    }
                    acknowledged.add(row);
                    inDoubt.remove(row);
                    Thread.sleep(1);
                }
            } catch (IOException serverKilled) {
                Thread.sleep(20);
            }
        }
    }
}
