package dev.fitt.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fitt.domain.Attribution;
import dev.fitt.domain.TagChange;
import dev.fitt.domain.TagValue;
import dev.fitt.ports.JournalException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * How a leader's group is gathered. Each writer is a thread of its own, as each client connection is;
 * gather times are long (seconds) so that whether a leader waited is never a matter of scheduling.
 */
@Timeout(30)
class PendingChangesTest {
    private static final long LONG = TimeUnit.SECONDS.toNanos(10);
    private final ExecutorService ana = Executors.newSingleThreadExecutor();
    private final ExecutorService ben = Executors.newSingleThreadExecutor();
    private final ExecutorService leader = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        ana.shutdownNow();
        ben.shutdownNow();
        leader.shutdownNow();
    }

    private static PendingChange add(PendingChanges pending, ExecutorService writer) throws Exception {
        return writer.submit(() -> pending.add(TagChange.ofRow(0, List.of(TagValue.TRUE)), new int[] {0},
                -1, Attribution.UNKNOWN)).get();
    }

    /** Two groups, one by each writer: both are recent writers now. */
    private static void twoWritersCommitted(PendingChanges pending, ExecutorService one, ExecutorService two)
            throws Exception {
        add(pending, one);
        assertThat(pending.take().changes()).hasSize(1);
        add(pending, two);
        assertThat(pending.take().changes()).hasSize(1);
    }

    @Test
    void aLoneWritersChangeIsTakenAtOnce() throws Exception {
        PendingChanges pending = new PendingChanges(LONG);
        for (int i = 0; i < 5; i++) {
            add(pending, ana);
            long start = System.nanoTime();

            PendingChanges.Group group = pending.take();

            assertThat(group.changes()).hasSize(1);
            assertThat(group.upTo()).isEqualTo(i + 1);
            assertThat(System.nanoTime() - start).as("waited for nobody").isLessThan(LONG / 2);
        }
    }

    @Test
    void aLeaderWaitsForTheChangeOfAnotherRecentWriterSoBothShareOneCommit() throws Exception {
        PendingChanges pending = new PendingChanges(LONG);
        twoWritersCommitted(pending, ana, ben);
        add(pending, ana);

        CompletableFuture<PendingChanges.Group> taken = CompletableFuture.supplyAsync(pending::take, leader);
        Thread.sleep(200);
        assertThat(taken).as("still gathering").isNotDone();
        PendingChange bens = add(pending, ben);

        PendingChanges.Group group = taken.get(5, TimeUnit.SECONDS);
        assertThat(group.changes()).hasSize(2).contains(bens);
        assertThat(group.upTo()).isEqualTo(bens.seq);
    }

    @Test
    void aWriterWhoStoppedIsWaitedForAtMostTwice() throws Exception {
        long gather = TimeUnit.MILLISECONDS.toNanos(600);
        PendingChanges pending = new PendingChanges(gather);
        twoWritersCommitted(pending, ana, ben);

        long[] took = new long[3];
        for (int i = 0; i < took.length; i++) {
            add(pending, ana);
            long start = System.nanoTime();
            assertThat(pending.take().changes()).hasSize(1);
            took[i] = System.nanoTime() - start;
        }

        assertThat(took[0]).as("Ben wrote in the last two groups").isGreaterThanOrEqualTo(gather * 9 / 10);
        assertThat(took[1]).as("Ben wrote in the group before the last").isGreaterThanOrEqualTo(gather * 9 / 10);
        assertThat(took[2]).as("only Ana wrote lately").isLessThan(gather / 2);
    }

    @Test
    void closingEndsALeadersWaitAndRefusesNewChanges() throws Exception {
        PendingChanges pending = new PendingChanges(LONG);
        twoWritersCommitted(pending, ana, ben);
        PendingChange anas = add(pending, ana);
        CompletableFuture<PendingChanges.Group> taken = CompletableFuture.supplyAsync(pending::take, leader);
        Thread.sleep(100);

        pending.close();

        assertThat(taken.get(5, TimeUnit.SECONDS).changes()).containsExactly(anas);
        assertThatThrownBy(() -> pending.add(TagChange.ofRow(0, List.of(TagValue.TRUE)), new int[] {0}, -1,
                Attribution.UNKNOWN)).isInstanceOf(JournalException.class).hasMessageContaining("closed");
    }
}
