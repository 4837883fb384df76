package dev.fitt.adapters.postgres;

import dev.fitt.domain.Attribution;
import dev.fitt.domain.TagChange;
import java.sql.SQLException;

/** One change waiting for its commit in {@link PostgresSharedJournal}, and how the commit went. */
final class PendingChange {
    final long seq;
    final TagChange change;
    final int[] fileRows;
    final long basis;
    final Attribution by;
    /** The thread waiting for it: one per client connection, so the writers of a group can be counted. */
    final Thread writer;
    /** Set by the leader before the group commit marks this change decided. */
    long result;
    SQLException error;
    String refusal;

    PendingChange(long seq, TagChange change, int[] fileRows, long basis, Attribution by, Thread writer) {
        this.seq = seq;
        this.writer = writer;
        this.by = by;
        this.change = change;
        this.fileRows = fileRows;
        this.basis = basis;
    }
}
