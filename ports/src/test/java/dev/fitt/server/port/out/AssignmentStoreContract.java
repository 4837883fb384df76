package dev.fitt.server.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fitt.domain.ClipAssignments;
import java.util.TreeMap;
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
        store.saveAssignments(written);

        assertThat(store.loadAssignments()).isEqualTo(written);
        assertThat(reopen(store).loadAssignments()).isEqualTo(written);
    }

    @Test
    void aWriteReplacesEverythingBefore() throws Exception {
        AssignmentStorePort store = newStore();
        store.saveAssignments(of("a", "ana", "b", "ana", "c", "bo"));
        store.saveAssignments(of("b", "bo", "d", "cy"));

        assertThat(reopen(store).loadAssignments()).isEqualTo(of("b", "bo", "d", "cy"));
    }

    @Test
    void writingNoneClearsThem() throws Exception {
        AssignmentStorePort store = newStore();
        store.saveAssignments(of("a", "ana"));
        store.saveAssignments(ClipAssignments.NONE);

        assertThat(reopen(store).loadAssignments()).isEqualTo(ClipAssignments.NONE);
    }

    @Test
    void eachDatasetKeepsItsOwn() throws Exception {
        AssignmentStorePort first = newStore();
        AssignmentStorePort second = newStore();
        first.saveAssignments(of("a", "ana"));
        second.saveAssignments(of("a", "bo", "b", "bo"));

        assertThat(reopen(first).loadAssignments()).isEqualTo(of("a", "ana"));
        assertThat(reopen(second).loadAssignments()).isEqualTo(of("a", "bo", "b", "bo"));
    }
}
