package dev.fitt.adapters.postgres;

import dev.fitt.domain.Attribution;
import dev.fitt.domain.ChangeKind;
import dev.fitt.domain.RecordedChange;
import dev.fitt.domain.TagChange;
import dev.fitt.ports.DatasetLoadException;
import dev.fitt.ports.JournalException;
import dev.fitt.server.port.out.ChangeJournalPort;
import dev.fitt.server.port.out.GroupCommit;
import dev.fitt.server.port.out.JournalReplay;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The change journal as rows of {@code change_journal}: acknowledged = committed. Appends gather in
 * memory; whoever waits first commits everything gathered so far in one statement
 * ({@link GroupCommit}), so a commit's cost is shared by every change it carries. Connections
 * run with {@code synchronous_commit} on (see {@link PostgresDatabase}): a commit is on the
 * database server's disk when it returns.
 */
final class PostgresChangeJournal implements ChangeJournalPort {
    private static final Logger LOG = LoggerFactory.getLogger(PostgresChangeJournal.class);
    /**
     * The longest a commit waits for the writers of the last one to come back with their next
     * change ({@link #gather()}), as the CSV journal does: without it, the first writer to wake
     * commits alone and the others wait a whole commit more.
     */
    private static final long GATHER_NANOS = 300_000;

    private record Entry(long seq, TagChange change, Attribution by) {
    }

    private final DataSource dataSource;
    private final long datasetId;
    private final String where;
    private final GroupCommit<SQLException> commit = new GroupCommit<>(SQLException.class);
    private final ReentrantLock state = new ReentrantLock();
    private final Condition appendedMore = state.newCondition();
    /** Guarded by {@code state}. */
    private List<Entry> pending = new ArrayList<>();
    private long appended;
    private boolean closed;
    /** Changes the last commit carried, and what had been appended when it ended: who will come back. */
    private long lastBatch;
    private long appendedAtLastFlushEnd;
    /** The gathering leader wants to be woken when {@code appended} reaches this. */
    private long gatherTarget = Long.MAX_VALUE;
    /** Only the committing leader touches it. */
    private boolean failing;

    private PostgresChangeJournal(DataSource dataSource, long datasetId, String where, long lastSeq) {
        this.dataSource = dataSource;
        this.datasetId = datasetId;
        this.where = where;
        this.appended = lastSeq;
    }

    static PostgresChangeJournal open(DataSource dataSource, String name, String where) throws JournalException {
        try (Connection connection = dataSource.getConnection()) {
            long id = Datasets.find(connection, name).orElseThrow(() -> new JournalException(
                    "the database " + where + " has no dataset " + name + " to journal changes of")).id();
            try (PreparedStatement last = connection.prepareStatement(
                    "SELECT coalesce(max(seq), 0) FROM change_journal WHERE dataset_id = ?")) {
                last.setLong(1, id);
                try (ResultSet rs = last.executeQuery()) {
                    rs.next();
                    return new PostgresChangeJournal(dataSource, id, where + " dataset " + name, rs.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new JournalException("cannot open the journal of dataset " + name + " in " + where + ": "
                    + e.getMessage(), e);
        }
    }

    @Override
    public JournalReplay replay() throws DatasetLoadException {
        List<RecordedChange> changes = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT seq, first_row, last_row, tag_values,"
                     + " author, recorded_at, change_kind FROM change_journal WHERE dataset_id = ? ORDER BY seq")) {
            connection.setAutoCommit(false);
            select.setFetchSize(10_000);
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
            connection.commit();
        } catch (SQLException e) {
            throw new DatasetLoadException("cannot read the journal of " + where + ": " + e.getMessage(), e);
        }
        return new JournalReplay(changes, warnings);
    }

    /** Rows written before changes had authors have none: unknown. */
    static Attribution attribution(String author, java.sql.Timestamp at, short kind) {
        if (author == null || author.isEmpty()) {
            return Attribution.UNKNOWN;
        }
        return new Attribution(author, at.toInstant(), ChangeKind.ofCode(kind));
    }

    @Override
    public long append(TagChange change) throws JournalException {
        return append(change, Attribution.UNKNOWN);
    }

    @Override
    public long append(TagChange change, Attribution by) throws JournalException {
        state.lock();
        try {
            if (closed) {
                throw new JournalException("the journal is closed");
            }
            pending.add(new Entry(++appended, change, by));
            if (appended >= gatherTarget) {
                appendedMore.signal();
            }
            return appended;
        } finally {
            state.unlock();
        }
    }

    @Override
    public void awaitDurable(long sequence) throws JournalException {
        try {
            commit.await(sequence, this::flush);
        } catch (SQLException e) {
            throw new JournalException("journal of " + where + ": the database refused the change: "
                    + e.getMessage(), e);
        }
    }

    /** One group commit, by the thread leading it: everything appended so far, in one transaction. */
    private long flush() throws GroupCommit.FlushFailed {
        List<Entry> batch;
        long upTo;
        state.lock();
        try {
            gather();
            batch = pending;
            pending = new ArrayList<>();
            upTo = appended;
            lastBatch = upTo - commit.durable();
        } finally {
            state.unlock();
        }
        if (batch.isEmpty()) {
            return upTo;
        }
        try {
            insert(batch);
            state.lock();
            try {
                appendedAtLastFlushEnd = appended;
            } finally {
                state.unlock();
            }
            if (failing) {
                failing = false;
                LOG.warn("journal of {}: the database takes changes again", where);
            }
            return upTo;
        } catch (SQLException e) {
            keepForNextFlush(batch);
            if (!failing) {
                failing = true;
                LOG.error("journal of {}: cannot commit changes: {}. They are applied but answered as not saved"
                        + " until the database takes them; each new change tries again", where, e.getMessage());
            }
            throw new GroupCommit.FlushFailed(upTo, e);
        }
    }

    /**
     * Waits, at most {@link #GATHER_NANOS}, until the writers the last commit carried have appended
     * again, so that one commit carries them all. Caller holds {@code state}.
     */
    private void gather() {
        long durable = commit.durable();
        long writers = lastBatch + (appendedAtLastFlushEnd - durable);
        long target = durable + writers;
        if (closed || writers <= 1 || appended >= target) {
            return;
        }
        gatherTarget = target;
        long until = System.nanoTime() + GATHER_NANOS;
        boolean interrupted = false;
        try {
            while (appended < target) {
                long left = until - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                appendedMore.awaitNanos(left);
            }
        } catch (InterruptedException e) {
            // Commit what there is now; the interrupt stays for the caller to see.
            interrupted = true;
        } finally {
            gatherTarget = Long.MAX_VALUE;
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * One statement in autocommit, the rows as arrays: a single round trip to the database, which
     * commits (and syncs its log) before answering. COPY in a transaction took three round trips and
     * doubled a commit's time on loopback.
     */
    private void insert(List<Entry> batch) throws SQLException {
        int size = batch.size();
        Long[] seqs = new Long[size];
        Integer[] firsts = new Integer[size];
        Integer[] lasts = new Integer[size];
        byte[][] values = new byte[size][];
        String[] authors = new String[size];
        String[] times = new String[size];
        Short[] kinds = new Short[size];
        for (int i = 0; i < size; i++) {
            Entry entry = batch.get(i);
            seqs[i] = entry.seq();
            firsts[i] = entry.change().first();
            lasts[i] = entry.change().last();
            values[i] = LabelMapper.codes(entry.change().values());
            // Unknown authors stay NULL, as in rows from before authors were recorded.
            authors[i] = entry.by().known() ? entry.by().annotator() : null;
            times[i] = entry.by().known() ? entry.by().at().toString() : null;
            kinds[i] = (short) entry.by().kind().code();
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO change_journal"
                     + " (dataset_id, seq, first_row, last_row, tag_values, author, recorded_at, change_kind)"
                     + " SELECT ?, s, f, l, v, a, coalesce(t::timestamptz, now()), k FROM unnest(?::bigint[],"
                     + " ?::integer[], ?::integer[], ?::bytea[], ?::text[], ?::text[], ?::smallint[]) AS u(s, f, l, v, a, t, k)")) {
            insert.setLong(1, datasetId);
            insert.setArray(2, connection.createArrayOf("bigint", seqs));
            insert.setArray(3, connection.createArrayOf("integer", firsts));
            insert.setArray(4, connection.createArrayOf("integer", lasts));
            insert.setArray(5, connection.createArrayOf("bytea", values));
            insert.setArray(6, connection.createArrayOf("text", authors));
            insert.setArray(7, connection.createArrayOf("text", times));
            insert.setArray(8, connection.createArrayOf("smallint", kinds));
            insert.executeUpdate();
        }
    }

    /** Puts a refused batch back in front of what was appended since, to be committed again in order. */
    private void keepForNextFlush(List<Entry> batch) {
        state.lock();
        try {
            batch.addAll(pending);
            pending = batch;
        } finally {
            state.unlock();
        }
    }

    @Override
    public long checkpoint() throws JournalException {
        state.lock();
        try {
            return appended;
        } finally {
            state.unlock();
        }
    }

    @Override
    public void discardBefore(long checkpoint) throws JournalException {
        // Whatever the snapshot holds must be committed first: a change left pending would otherwise
        // be committed after the delete and replayed on top of a newer save.
        awaitDurable(checkpoint);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement(
                     "DELETE FROM change_journal WHERE dataset_id = ? AND seq <= ?")) {
            delete.setLong(1, datasetId);
            delete.setLong(2, checkpoint);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new JournalException("cannot trim the journal of " + where + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        long last;
        state.lock();
        try {
            closed = true;
            last = appended;
        } finally {
            state.unlock();
        }
        try {
            awaitDurable(last);
        } catch (JournalException e) {
            LOG.error("journal of {}: changes not committed at close: {}", where, e.getMessage());
        }
    }
}
