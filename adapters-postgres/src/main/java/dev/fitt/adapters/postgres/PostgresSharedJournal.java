package dev.fitt.adapters.postgres;

import dev.fitt.domain.Attribution;
import dev.fitt.domain.ChangeKind;
import dev.fitt.domain.RecordedChange;
import dev.fitt.domain.TagChange;
import dev.fitt.ports.ChangeConflictException;
import dev.fitt.ports.ChangeRejectedException;
import dev.fitt.ports.DatasetLoadException;
import dev.fitt.ports.JournalException;
import dev.fitt.server.port.out.CommittedRows;
import dev.fitt.server.port.out.GroupCommit;
import dev.fitt.server.port.out.JournalReplay;
import dev.fitt.server.port.out.SharedJournalPort;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A dataset several servers serve, committed change by change into {@code image_row}: acknowledged
 * = committed, with the version the sequence {@code row_version} gives it and, for a versioned
 * change, the rows' versions checked in the same transaction ({@code fitt_commit}, called by
 * {@link FittCommit}). Waiting callers share one commit ({@link GroupCommit}). The other servers'
 * commits come back through {@link ChangeFeed}. A lost database refuses changes at once while it
 * backs off ({@link Outage}). A leader commits what {@link PendingChanges} gathered for it.
 */
final class PostgresSharedJournal implements SharedJournalPort {
    private static final Logger LOG = LoggerFactory.getLogger(PostgresSharedJournal.class);
    /**
     * How long a leader waits at most for the recent writers' changes: near one commit's own time on
     * a local disk; how it was chosen is in docs/BENCHMARKS.md.
     */
    static final long GATHER_NANOS = TimeUnit.MICROSECONDS.toNanos(500);

    private final DataSource dataSource;
    private final ChangeFeed changes;
    private final long datasetId;
    private final String where;
    private final long openedAt;
    /** A refused batch is not kept for later (it was answered as refused): each entry carries its outcome. */
    private final GroupCommit<SQLException> commit = new GroupCommit<>(SQLException.class);
    private final Outage outage;
    private final PendingChanges pending;
    /** Guarded by this: this dataset's place in the server's change feed, while followed. */
    private ChangeFeed.Follower feed;
    /** Whether {@link #replay()} found changes an earlier fitt left in change_journal. */
    private volatile boolean leftBehind;

    private PostgresSharedJournal(DataSource dataSource, ChangeFeed changes, long datasetId, String where,
            long openedAt) {
        this.dataSource = dataSource;
        this.changes = changes;
        this.datasetId = datasetId;
        this.where = where;
        this.openedAt = openedAt;
        this.pending = new PendingChanges(GATHER_NANOS);
        this.outage = new Outage(LOG, "changes to " + where, System::nanoTime);
    }

    static PostgresSharedJournal open(DataSource dataSource, ChangeFeed changes, String name, String where)
            throws JournalException {
        String dataset = where + " dataset " + name;
        try (Connection connection = dataSource.getConnection()) {
            long id = Datasets.find(connection, name).orElseThrow(() -> new JournalException(
                    "the database " + where + " has no dataset " + name + " to commit changes to")).id();
            return new PostgresSharedJournal(dataSource, changes, id, dataset, Datasets.newestVersion(connection, id));
        } catch (SQLException e) {
            throw new JournalException("cannot open the changes of " + dataset + ": " + e.getMessage(), e);
        }
    }

    @Override
    public long openedAt() {
        return openedAt;
    }

    @Override
    public long commit(TagChange change, int[] fileRows, long basis, Attribution by)
            throws ChangeConflictException, ChangeRejectedException, JournalException {
        PendingChange entry = pending.add(change, fileRows, basis, by);
        try {
            commit.await(entry.seq, this::flush);
        } catch (SQLException e) {
            // flush never fails as a whole: every entry carries its own outcome
            throw new JournalException(where + ": " + e.getMessage(), e);
        }
        if (entry.refusal != null) {
            throw new JournalException(where + ": " + entry.refusal);
        }
        if (entry.error != null) {
            throw new JournalException(where + (SqlErrors.isOutage(entry.error) ? ": the database is unavailable: "
                    : ": the database refused the change: ") + SqlErrors.message(entry.error),
                    entry.error);
        }
        long result = entry.result;
        if (result == 0) {
            throw new ChangeRejectedException("the edit is based on version " + basis + ", newer than any version"
                    + " the database issued: reload the labels");
        }
        if (result < 0) {
            throw new ChangeConflictException("rows " + change.first() + ".." + change.last() + " were changed by"
                    + " someone else (version " + -result + ", your edit was based on " + basis + ")", -result);
        }
        return result;
    }

    /** One group commit, by the thread leading it: every pending change, in one statement. */
    private long flush() {
        PendingChanges.Group group = pending.take();
        List<PendingChange> batch = group.changes();
        long upTo = group.upTo();
        if (batch.isEmpty()) {
            return upTo;
        }
        String waiting = outage.backingOff();
        if (waiting != null) {
            for (PendingChange entry : batch) {
                entry.refusal = "the database is unavailable: " + waiting;
            }
            return upTo;
        }
        try {
            long[] results = FittCommit.call(dataSource, changes.ownSessions(), datasetId, batch);
            for (int i = 0; i < results.length; i++) {
                batch.get(i).result = results[i];
            }
            outage.succeeded();
        } catch (SQLException e) {
            if (SqlErrors.isOutage(e)) {
                outage.failed(SqlErrors.message(e));
            }
            for (PendingChange entry : batch) {
                entry.error = e;
            }
        }
        return upTo;
    }

    @Override
    public synchronized void follow(Consumer<List<CommittedRows>> listener) {
        if (feed != null) {
            throw new IllegalStateException("already followed");
        }
        feed = changes.follow(datasetId, where, openedAt, listener);
    }

    /**
     * What a fitt of schema 1 journaled apart from the labels and had not saved into them when it
     * stopped: the core commits these before it serves, then {@link #discardBefore} drops them.
     */
    @Override
    public JournalReplay replay() throws DatasetLoadException {
        List<RecordedChange> changes = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT seq, first_row, last_row, tag_values,"
                     + " author, recorded_at, change_kind FROM change_journal WHERE dataset_id = ? ORDER BY seq")) {
            select.setLong(1, datasetId);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    try {
                        changes.add(new RecordedChange(LabelMapper.change(rs.getInt(2), rs.getInt(3), rs.getBytes(4)),
                                attribution(rs.getString(5), rs.getTimestamp(6), rs.getShort(7))));
                    } catch (IllegalArgumentException e) {
                        warnings.add("journal of " + where + ": change " + rs.getLong(1) + " is unreadable and was"
                                + " skipped: " + e.getMessage());
                    }
                }
            }
        } catch (SQLException e) {
            throw new DatasetLoadException("cannot read the journal of " + where + ": " + e.getMessage(), e);
        }
        leftBehind = !changes.isEmpty() || !warnings.isEmpty();
        return new JournalReplay(changes, warnings);
    }

    /** A journal row from before authors were recorded has none: unknown. */
    private static Attribution attribution(String author, java.sql.Timestamp at, short kind) {
        if (author == null || author.isEmpty()) {
            return Attribution.UNKNOWN;
        }
        return new Attribution(author, at.toInstant(), ChangeKind.ofCode(kind));
    }

    @Override
    public long append(TagChange change) throws JournalException {
        throw new JournalException("changes to " + where + " are committed, not appended");
    }

    @Override
    public void awaitDurable(long sequence) {
        // Every change is committed before commit() returns.
    }

    @Override
    public long checkpoint() {
        return 0;
    }

    /** Drops what {@link #replay()} found: by now it is committed into the labels. */
    @Override
    public void discardBefore(long checkpoint) throws JournalException {
        if (!leftBehind) {
            return; // every save comes here; only the first, after a replay that found some, has work
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement("DELETE FROM change_journal WHERE dataset_id = ?")) {
            delete.setLong(1, datasetId);
            delete.executeUpdate();
            leftBehind = false;
        } catch (SQLException e) {
            throw new JournalException("cannot trim the journal of " + where + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        pending.close();
        ChangeFeed.Follower following;
        synchronized (this) {
            following = feed;
            feed = null;
        }
        if (following != null) {
            following.close();
        }
    }
}
