package dev.fitt.adapters.postgres;

import dev.fitt.domain.Attribution;
import dev.fitt.domain.ChangeKind;
import dev.fitt.server.port.out.CommittedRows;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows one dataset's commits, whoever made them: a thread of its own LISTENs on {@code fitt_rows}
 * (every commit notifies it) and then reads the rows whose version is above the newest it has
 * delivered. Commits to a dataset are serialized in the database, so the rows read in version order
 * never skip one committed earlier. It also reads every {@link #POLL_MILLIS} without a notification,
 * so a notification lost with a connection costs at most that long. A lost database is tried again
 * with backoff, logged once per episode; on reconnect it reads from where it stopped.
 */
final class ChangeFeed implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ChangeFeed.class);
    static final int POLL_MILLIS = 1_000;

    private final DataSource dataSource;
    private final long datasetId;
    private final String channelPayload;
    private final Consumer<List<CommittedRows>> listener;
    private final Outage outage;
    private final Thread thread;
    private volatile boolean running = true;
    /** Only the feed's thread touches it. */
    private long delivered;

    private ChangeFeed(DataSource dataSource, long datasetId, String where, long after,
            Consumer<List<CommittedRows>> listener) {
        this.dataSource = dataSource;
        this.datasetId = datasetId;
        this.channelPayload = Long.toString(datasetId);
        this.listener = listener;
        this.delivered = after;
        this.outage = new Outage(LOG, "following the changes to " + where, System::nanoTime);
        this.thread = new Thread(this::run, "fitt-change-feed");
        thread.setDaemon(true);
    }

    static ChangeFeed start(DataSource dataSource, long datasetId, String where, long after,
            Consumer<List<CommittedRows>> listener) {
        ChangeFeed feed = new ChangeFeed(dataSource, datasetId, where, after, listener);
        feed.thread.start();
        return feed;
    }

    private void run() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                try (Statement listen = connection.createStatement()) {
                    listen.execute("LISTEN fitt_rows");
                }
                // Listening first, then reading: a commit in between is read now or notified after.
                readNews(connection);
                outage.succeeded();
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notes = pg.getNotifications(POLL_MILLIS);
                    if (!running) {
                        return;
                    }
                    if (notes == null || notes.length == 0 || concernsUs(notes)) {
                        readNews(connection);
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                outage.failed(e.getMessage());
                sleep(outage.nanosToWait());
            }
        }
    }

    private boolean concernsUs(PGNotification[] notes) {
        for (PGNotification note : notes) {
            if (channelPayload.equals(note.getParameter())) {
                return true;
            }
        }
        return false;
    }

    /** Reads the rows changed after {@link #delivered}, grouped by version, and hands them over. */
    private void readNews(Connection connection) throws SQLException {
        List<CommittedRows> batch = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT version, row_index, labels,"
                + " labelled_by, labelled_at, reviewed_by, reviewed_at, review FROM image_row"
                + " WHERE dataset_id = ? AND version > ? ORDER BY version, row_index")) {
            select.setLong(1, datasetId);
            select.setLong(2, delivered);
            try (ResultSet rs = select.executeQuery()) {
                long version = -1;
                byte[] codes = null;
                Attribution by = Attribution.UNKNOWN;
                int[] rows = new int[16];
                int count = 0;
                while (rs.next()) {
                    long rowVersion = rs.getLong(1);
                    if (rowVersion != version && count > 0) {
                        batch.add(new CommittedRows(version, Arrays.copyOf(rows, count),
                                LabelMapper.values(codes), by));
                        count = 0;
                    }
                    version = rowVersion;
                    if (count == 0) {
                        codes = rs.getBytes(3);
                        by = attribution(rs);
                    }
                    if (count == rows.length) {
                        rows = Arrays.copyOf(rows, count * 2);
                    }
                    rows[count++] = rs.getInt(2);
                }
                if (count > 0) {
                    batch.add(new CommittedRows(version, Arrays.copyOf(rows, count),
                            LabelMapper.values(codes), by));
                }
            }
        }
        if (!batch.isEmpty()) {
            listener.accept(batch);
            delivered = batch.get(batch.size() - 1).version();
        }
    }

    /**
     * Who made the commit that gave a row its version: the reviewer when it was a correction (a
     * later label would have cleared the review), else who labelled it; unknown when nobody known did.
     */
    private static Attribution attribution(ResultSet rs) throws SQLException {
        if ("corrected".equals(rs.getString(8)) && rs.getString(6) != null) {
            return new Attribution(rs.getString(6), rs.getTimestamp(7).toInstant(), ChangeKind.CORRECTION);
        }
        String labelledBy = rs.getString(4);
        if (labelledBy == null || labelledBy.isEmpty()) {
            return Attribution.UNKNOWN;
        }
        return Attribution.label(labelledBy, rs.getTimestamp(5).toInstant());
    }

    private void sleep(long nanos) {
        try {
            TimeUnit.NANOSECONDS.sleep(Math.max(nanos, TimeUnit.MILLISECONDS.toNanos(10)));
        } catch (InterruptedException e) {
            running = false;
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(POLL_MILLIS / 1000 + 2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
