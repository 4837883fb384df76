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
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A dataset several servers serve, committed change by change into {@code image_row}: acknowledged
 * = committed, with the version the sequence {@code row_version} gives it and, for a versioned
 * change, the rows' versions checked in the same transaction ({@code fitt_commit}). Waiting
 * callers share one commit ({@link GroupCommit}). The other servers' commits come back through
 * {@link ChangeFeed}. A lost database refuses changes at once while it backs off ({@link Outage}).
 */
final class PostgresSharedJournal implements SharedJournalPort {
    private static final Logger LOG = LoggerFactory.getLogger(PostgresSharedJournal.class);

    /** One change waiting for its commit, and how the commit went. */
    private static final class Entry {
        final long seq;
        final TagChange change;
        final int[] fileRows;
        final long basis;
        final Attribution by;
        /** Set by the leader before the group commit marks this entry decided. */
        long result;
        SQLException error;
        String refusal;

        Entry(long seq, TagChange change, int[] fileRows, long basis, Attribution by) {
            this.seq = seq;
            this.by = by;
            this.change = change;
            this.fileRows = fileRows;
            this.basis = basis;
        }
    }

    private final DataSource dataSource;
    private final long datasetId;
    private final String where;
    private final long openedAt;
    /** A refused batch is not kept for later (it was answered as refused): each entry carries its outcome. */
    private final GroupCommit<SQLException> commit = new GroupCommit<>(SQLException.class);
    private final Outage outage;
    private final Object appendLock = new Object();
    /** Guarded by appendLock. */
    private List<Entry> pending = new ArrayList<>();
    private long appended;
    private boolean closed;
    private ChangeFeed feed;
    /** Whether {@link #replay()} found changes an earlier fitt left in change_journal. */
    private volatile boolean leftBehind;

    private PostgresSharedJournal(DataSource dataSource, long datasetId, String where, long openedAt) {
        this.dataSource = dataSource;
        this.datasetId = datasetId;
        this.where = where;
        this.openedAt = openedAt;
        this.outage = new Outage(LOG, "changes to " + where, System::nanoTime);
    }

    static PostgresSharedJournal open(DataSource dataSource, String name, String where) throws JournalException {
        String dataset = where + " dataset " + name;
        try (Connection connection = dataSource.getConnection()) {
            long id = Datasets.find(connection, name).orElseThrow(() -> new JournalException(
                    "the database " + where + " has no dataset " + name + " to commit changes to")).id();
            try (PreparedStatement newest = connection.prepareStatement(
                    "SELECT coalesce(max(version), 0) FROM image_row WHERE dataset_id = ?")) {
                newest.setLong(1, id);
                try (ResultSet rs = newest.executeQuery()) {
                    rs.next();
                    return new PostgresSharedJournal(dataSource, id, dataset, rs.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new JournalException("cannot open the changes of " + dataset + ": " + e.getMessage(), e);
        }
    }

    @Override
    public long openedAt() {
        return openedAt;
    }

    @Override
    public long commit(TagChange change, int[] fileRows, long basis)
            throws ChangeConflictException, ChangeRejectedException, JournalException {
        return commit(change, fileRows, basis, Attribution.UNKNOWN);
    }

    @Override
    public long commit(TagChange change, int[] fileRows, long basis, Attribution by)
            throws ChangeConflictException, ChangeRejectedException, JournalException {
        Entry entry;
        synchronized (appendLock) {
            if (closed) {
                throw new JournalException("the journal is closed");
            }
            entry = new Entry(++appended, change, fileRows.clone(), basis, by);
            pending.add(entry);
        }
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
            throw new JournalException(where + ": the database refused the change: " + entry.error.getMessage(),
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
        List<Entry> batch;
        long upTo;
        synchronized (appendLock) {
            batch = pending;
            pending = new ArrayList<>();
            upTo = appended;
        }
        if (batch.isEmpty()) {
            return upTo;
        }
        String waiting = outage.backingOff();
        if (waiting != null) {
            for (Entry entry : batch) {
                entry.refusal = "the database is unreachable: " + waiting;
            }
            return upTo;
        }
        try {
            long[] results = commitBatch(batch);
            for (int i = 0; i < results.length; i++) {
                batch.get(i).result = results[i];
            }
            outage.succeeded();
        } catch (SQLException e) {
            outage.failed(e.getMessage());
            for (Entry entry : batch) {
                entry.error = e;
            }
        }
        return upTo;
    }

    /**
     * One statement in autocommit (one round trip): the database commits, syncing its log, before it
     * answers.
     */
    private long[] commitBatch(List<Entry> batch) throws SQLException {
        int size = batch.size();
        int rowCount = 0;
        for (Entry entry : batch) {
            rowCount += entry.fileRows.length;
        }
        Integer[] rows = new Integer[rowCount];
        Integer[] counts = new Integer[size];
        byte[][] values = new byte[size][];
        Long[] bases = new Long[size];
        String[] authors = new String[size];
        String[] times = new String[size];
        Short[] kinds = new Short[size];
        int at = 0;
        for (int i = 0; i < size; i++) {
            Entry entry = batch.get(i);
            for (int row : entry.fileRows) {
                rows[at++] = row;
            }
            counts[i] = entry.fileRows.length;
            values[i] = LabelMapper.codes(entry.change.values());
            bases[i] = entry.basis;
            // Unknown authors stay NULL, as in rows nobody known labelled.
            authors[i] = entry.by.known() ? entry.by.annotator() : null;
            times[i] = entry.by.known() ? entry.by.at().toString() : null;
            kinds[i] = (short) entry.by.kind().code();
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement call = connection.prepareStatement("SELECT fitt_commit(?, ?::integer[], ?::integer[],"
                     + " ?::bytea[], ?::bigint[], ?::text[], ?::timestamptz[], ?::smallint[])")) {
            call.setLong(1, datasetId);
            call.setArray(2, connection.createArrayOf("integer", rows));
            call.setArray(3, connection.createArrayOf("integer", counts));
            call.setArray(4, connection.createArrayOf("bytea", values));
            call.setArray(5, connection.createArrayOf("bigint", bases));
            call.setArray(6, connection.createArrayOf("text", authors));
            call.setArray(7, connection.createArrayOf("text", times));
            call.setArray(8, connection.createArrayOf("smallint", kinds));
            try (ResultSet rs = call.executeQuery()) {
                rs.next();
                Array array = rs.getArray(1);
                Long[] answers = (Long[]) array.getArray();
                long[] results = new long[size];
                for (int i = 0; i < size; i++) {
                    results[i] = answers[i];
                }
                return results;
            }
        }
    }

    @Override
    public synchronized void follow(Consumer<List<CommittedRows>> listener) {
        if (feed != null) {
            throw new IllegalStateException("already followed");
        }
        feed = ChangeFeed.start(dataSource, datasetId, where, openedAt, listener);
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
        synchronized (appendLock) {
            closed = true;
        }
        ChangeFeed following;
        synchronized (this) {
            following = feed;
            feed = null;
        }
        if (following != null) {
            following.close();
        }
    }
}
