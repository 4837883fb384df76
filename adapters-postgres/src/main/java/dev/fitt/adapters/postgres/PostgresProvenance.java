package dev.fitt.adapters.postgres;

import dev.fitt.domain.Review;
import dev.fitt.domain.RowProvenance;
import dev.fitt.ports.DatasetLoadException;
import dev.fitt.server.port.out.ProvenanceStorePort;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Each row's provenance as {@code image_row} keeps it: every commit records it there
 * ({@code fitt_commit}), so a save has nothing to add and every server of the dataset reads the same.
 * At a start it comes with the rows ({@link LoadedProvenance}); read on its own otherwise.
 */
final class PostgresProvenance implements ProvenanceStorePort {
    private final DataSource dataSource;
    private final String name;
    private final String where;
    private final LoadedProvenance loadedProvenance;

    PostgresProvenance(DataSource dataSource, String name, String where, LoadedProvenance loadedProvenance) {
        this.dataSource = dataSource;
        this.loadedProvenance = loadedProvenance;
        this.name = name;
        this.where = where;
    }

    @Override
    public List<RowProvenance> loadProvenance(int rowCount) throws DatasetLoadException {
        try (Connection connection = dataSource.getConnection()) {
            long id = Datasets.find(connection, name).orElseThrow(() -> new DatasetLoadException(
                    "the database " + where + " has no dataset " + name)).id();
            Optional<List<RowProvenance>> withTheRows = loadedProvenance.take(name, rowCount,
                    Datasets.newestVersion(connection, id));
            if (withTheRows.isPresent()) {
                return withTheRows.get();
            }
            RowProvenance[] rows = new RowProvenance[rowCount];
            Arrays.fill(rows, RowProvenance.NONE);
            try (PreparedStatement select = connection.prepareStatement("SELECT row_index, labelled_by, labelled_at,"
                    + " reviewed_by, review FROM image_row WHERE dataset_id = ? AND (labelled_by IS NOT NULL"
                    + " OR reviewed_by IS NOT NULL)")) {
                select.setLong(1, id);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        int row = rs.getInt(1);
                        if (row >= rowCount) {
                            throw new DatasetLoadException("the database " + where + " has provenance for row " + row
                                    + " of dataset " + name + ", which has " + rowCount + " rows");
                        }
                        rows[row] = row(rs.getString(2), rs.getTimestamp(3), rs.getString(4), rs.getString(5));
                    }
                }
            }
            return Arrays.asList(rows);
        } catch (SQLException e) {
            throw new DatasetLoadException("cannot read the provenance of dataset " + name + " in " + where + ": "
                    + e.getMessage(), e);
        }
    }

    private static RowProvenance row(String labelledBy, Timestamp labelledAt, String reviewedBy, String review) {
        return row(labelledBy, labelledAt == null ? null : labelledAt.toInstant(), reviewedBy, review);
    }

    /**
     * A row's provenance from its columns (null: SQL null), as the commits recorded it: a labeller
     * without a time, or a reviewer without a verdict, is not known.
     *
     * @throws IllegalArgumentException a review word fitt does not know
     */
    static RowProvenance row(String labelledBy, Instant labelledAt, String reviewedBy, String review) {
        boolean labelled = labelledBy != null && labelledAt != null;
        Review verdict = reviewedBy == null ? Review.NONE : Review.ofWord(review == null ? "" : review);
        return new RowProvenance(labelled ? labelledBy : "", labelled ? labelledAt : Instant.EPOCH,
                verdict == Review.NONE ? "" : reviewedBy, verdict);
    }

    /** Nothing to write: every commit recorded its rows' provenance already. */
    @Override
    public void saveProvenance(List<RowProvenance> fileOrder) {
    }
}
