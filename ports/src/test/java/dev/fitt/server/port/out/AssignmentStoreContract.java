package dev.fitt.server.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fitt.domain.ClipAssignments;
import dev.fitt.ports.AssignmentRefusedException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What every {@link AssignmentStorePort} keeps: the last write, whole, across a restart, per dataset. */
public abstract class AssignmentStoreContract {

    /** A store of a new dataset, over storage that holds no assignment yet. */
    protected abstract AssignmentStorePort newStore() throws Exception;

    /** The store a restarted server (or another server of the same storage) opens for {@code before}'s dataset. */
    protected abstract AssignmentStorePort reopen(AssignmentStorePort before) throws Exception;

    static ClipAssignments of(String... idThenAnnotator) {
        TreeMap<String, String> holders = new TreeMap<>();
        for (int i = 0; i < idThenAnnotator.length; i += 2) {
            holders.put(idThenAnnotator[i], idThenAnnotator[i + 1]);
        }
        return new ClipAssignments(holders);
    }

    @Test
    void aNewDatasetHasNoAssignments() throws Exception {
        assertThat(newStore().loadAssignments()).isEqualTo(ClipAssignments.NONE);
    }

    @Test
    void whatWasWrittenIsReadAfterARestart() throws Exception {
        AssignmentStorePort store = newStore();
        ClipAssignments written = of("walk_0001", "ana", "walk_0002", "ana", "city, \"old\" part", "Bo Li",
                "straße_7", "José");
        store.changeAssignments(before -> written);

        assertThat(store.loadAssignments()).isEqualTo(written);
        assertThat(reopen(store).loadAssignments()).isEqualTo(written);
    }

    @Test
    void aWriteReplacesEverythingBefore() throws Exception {
        AssignmentStorePort store = newStore();
        store.changeAssignments(before -> of("a", "ana", "b", "ana", "c", "bo"));
        store.changeAssignments(before -> of("b", "bo", "d", "cy"));

        assertThat(reopen(store).loadAssignments()).isEqualTo(of("b", "bo", "d", "cy"));
    }

    @Test
    void writingNoneClearsThem() throws Exception {
        AssignmentStorePort store = newStore();
        store.changeAssignments(before -> of("a", "ana"));
        store.changeAssignments(before -> ClipAssignments.NONE);

        assertThat(reopen(store).loadAssignments()).isEqualTo(ClipAssignments.NONE);
    }

    @Test
    void eachDatasetKeepsItsOwn() throws Exception {
        AssignmentStorePort first = newStore();
        AssignmentStorePort second = newStore();
        first.changeAssignments(before -> of("a", "ana"));
        second.changeAssignments(before -> of("a", "bo", "b", "bo"));

        assertThat(reopen(first).loadAssignments()).isEqualTo(of("a", "ana"));
        assertThat(reopen(second).loadAssignments()).isEqualTo(of("a", "bo", "b", "bo"));
    }

    @Test
    void changesMadeAtOnceAllHold() throws Exception {
        AssignmentStorePort store = newStore();
        assertThat(changeAtOnce(List.of(store, store, store, store), 10)).isEqualTo(40);
    }

    @Test
    void aRefusedChangeWritesNothing() throws Exception {
        AssignmentStorePort store = newStore();
        store.changeAssignments(before -> of("a", "ana"));

        assertThatThrownBy(() -> store.changeAssignments(before -> {
            throw new AssignmentRefusedException("clip a is assigned to ana");
        })).isInstanceOf(AssignmentRefusedException.class);
        assertThat(reopen(store).loadAssignments()).isEqualTo(of("a", "ana"));
    }

    /**
     * Each store adds {@code each} clips of its own, one change at a time, all stores at once;
     * returns how many clips are assigned at the end, as a restarted server reads them.
     */
    protected int changeAtOnce(List<AssignmentStorePort> stores, int each) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(stores.size());
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int s = 0; s < stores.size(); s++) {
                AssignmentStorePort store = stores.get(s);
                String lead = "lead" + s;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        String clip = lead + "_clip" + i;
                        store.changeAssignments(before -> before.with(clip, lead));
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        return reopen(stores.get(0)).loadAssignments().holders().size();
    }
}
