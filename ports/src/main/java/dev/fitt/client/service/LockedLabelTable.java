package dev.fitt.client.service;

import dev.fitt.domain.labelling.ClientLabelTable;
import java.util.Objects;
import java.util.function.Function;

/**
 * The session's label table behind one lock: the UI thread edits and reads it, while the sender
 * and the change receiver bring the server's news into it. Work under the lock is short (no
 * server calls, no listeners), so the UI never waits on the network.
 */
final class LockedLabelTable {
    private final ClientLabelTable table;

    LockedLabelTable(ClientLabelTable table) {
        this.table = Objects.requireNonNull(table, "table");
    }

    /** Runs {@code work} with the table, no other thread touching it meanwhile (reentrant). */
    synchronized <T> T withTable(Function<ClientLabelTable, T> work) {
        return work.apply(table);
    }
}
