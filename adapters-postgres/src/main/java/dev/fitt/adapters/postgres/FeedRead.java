package dev.fitt.adapters.postgres;

import dev.fitt.domain.Attribution;
import dev.fitt.domain.ChangeKind;
import dev.fitt.server.port.out.CommittedRows;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What one dataset committed after a version, as the change feed hands it on: the rows whose
 * version is newer (labels and corrections), and the rows whose review is an accept newer than it
 * (an accept changes no row's version), grouped by version. Commits to a dataset are serialized in
 * the database and both are read in one statement, so the commits read in version order never skip
 * one committed earlier.
 */
final class FeedRead {
    private FeedRead() {
    }

    /** The commits to dataset {@code datasetId} after version {@code after}, in version order. */
    static List<CommittedRows> after(Connection connection, long datasetId, long after) throws SQLException {
        List<CommittedRows> batch = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT version, row_index, labels,"
                + " labelled_by, labelled_at, reviewed_by, reviewed_at, review FROM image_row"
                + " WHERE dataset_id = ? AND version > ?"
                + " UNION ALL SELECT accepted_version, row_index, labels, labelled_by, labelled_at, reviewed_by,"
                + " reviewed_at, 'accept' FROM image_row WHERE dataset_id = ? AND accepted_version > 0"
                + " AND accepted_version > ? AND review = 'accepted' ORDER BY 1, 2")) {
            select.setLong(1, datasetId);
            select.setLong(2, after);
            select.setLong(3, datasetId);
            select.setLong(4, after);
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
        return batch;
    }

    /**
     * Who made the commit: the reviewer when it was an accept, or a correction (a later label would
     * have cleared the review), else who labelled it; unknown when nobody known did.
     */
    private static Attribution attribution(ResultSet rs) throws SQLException {
        String review = rs.getString(8);
        if (("accept".equals(review) || "corrected".equals(review)) && rs.getString(6) != null) {
            return new Attribution(rs.getString(6), rs.getTimestamp(7).toInstant(),
                    "accept".equals(review) ? ChangeKind.ACCEPT : ChangeKind.CORRECTION);
        }
        String labelledBy = rs.getString(4);
        if (labelledBy == null || labelledBy.isEmpty()) {
            return Attribution.UNKNOWN;
        }
        return Attribution.label(labelledBy, rs.getTimestamp(5).toInstant());
    }
}
