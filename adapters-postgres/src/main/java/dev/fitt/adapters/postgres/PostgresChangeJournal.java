package dev.fitt.adapters.postgres;

import dev.fitt.domain.TagChange;
import dev.fitt.ports.DatasetLoadException;
import dev.fitt.ports.JournalException;
import dev.fitt.ports.out.ChangeJournalPort;
import dev.fitt.ports.out.JournalReplay;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The change journal as rows of {@code change_journal}: acknowledged = committed. Appends gather in
 * memory; whoever waits first commits everything gathered so far in one transaction, streamed with
 * COPY ({@link GroupCommit}), so a commit's cost is shared by every change it carries. Connections
 * run with {@code synchronous_commit} on (see {@link PostgresDatabase}): a commit is on the
 * database server's disk when it returns.
 */
final class PostgresChangeJournal implements ChangeJournalPort {
    private static final Logger LOG = LoggerFactory.getLogger(PostgresChangeJournal.class);

    private record Entry(long seq, TagChange change) {
    }

    private final DataSource dataSource;
    private final long datasetId;
    private final String where;
    private final GroupCommit commit = new GroupCommit();
    private final ReentrantLock state = new ReentrantLock();
    /** Guarded by {@code state}. */
    private List<Entry> pending = new ArrayList<>();
    private long appended;
    private boolean closed;
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
        List<TagChange> changes = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT seq, first_row, last_row, tag_values"
                     + " FROM change_journal WHERE dataset_id = ? ORDER BY seq")) {
            connection.setAutoCommit(false);
            select.setFetchSize(10_000);
            select.setLong(1, datasetId);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    try {
                        changes.add(LabelMapper.change(rs.getInt(2), rs.getInt(3), rs.getBytes(4)));
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

    @Override
    public long append(TagChange change) throws JournalException {
        state.lock();
        try {
            if (closed) {
                throw new JournalException("the journal is closed");
            }
            pending.add(new Entry(++appended, change));
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
            batch = pending;
            pending = new ArrayList<>();
            upTo = appended;
        } finally {
            state.unlock();
        }
        if (batch.isEmpty()) {
            return upTo;
        }
        try {
            insert(batch);
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

    private void insert(List<Entry> batch) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (CopyRows copy = CopyRows.into(connection,
                    "COPY change_journal (dataset_id, seq, first_row, last_row, tag_values) FROM STDIN (FORMAT csv)")) {
                for (Entry entry : batch) {
                    byte[] codes = LabelMapper.codes(entry.change().values());
                    copy.number(datasetId).number(entry.seq()).number(entry.change().first())
                            .number(entry.change().last()).bytes(codes, codes.length).endRow();
                }
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
            connection.commit();
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
