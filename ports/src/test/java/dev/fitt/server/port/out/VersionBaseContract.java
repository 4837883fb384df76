package dev.fitt.server.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What every {@link VersionBasePort} keeps across a restart. */
public abstract class VersionBaseContract {

    /** A store over fresh, empty storage. */
    protected abstract VersionBasePort newStore() throws Exception;

    /** The store a restarted process would open over the same storage as {@code before}. */
    protected abstract VersionBasePort reopen(VersionBasePort before) throws Exception;

    @Test
    void aNewStoreKnowsNoBase() throws Exception {
        assertThat(newStore().latest()).isEmpty();
    }

    @Test
    void aRecordedBaseIsTheLatestAfterARestart() throws Exception {
        VersionBasePort store = newStore();
        store.record(1_796_300_000_000_000L);

        assertThat(reopen(store).latest()).hasValue(1_796_300_000_000_000L);
    }

    @Test
    void theLastRecordedBaseWins() throws Exception {
        VersionBasePort store = newStore();
        store.record(5);
        store.record(Long.MAX_VALUE / 2);

        assertThat(reopen(store).latest()).hasValue(Long.MAX_VALUE / 2);
    }
}
