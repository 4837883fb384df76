package dev.fitt.adapters.postgres;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;

/** One group commit of a dataset's changes: the call of {@code fitt_commit} with every change as arrays. */
final class FittCommit {
    private FittCommit() {
    }

    /**
     * One statement in autocommit (one round trip): the database commits, syncing its log, before it
     * answers.
     */
    static long[] call(DataSource dataSource, OwnSessions own, long datasetId, List<PendingChange> batch)
            throws SQLException {
        int size = batch.size();
        int rowCount = 0;
        for (PendingChange entry : batch) {
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
            PendingChange entry = batch.get(i);
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
            own.committing(connection.unwrap(PGConnection.class).getBackendPID());
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
}
