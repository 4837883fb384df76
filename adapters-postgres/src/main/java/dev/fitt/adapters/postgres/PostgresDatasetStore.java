package dev.fitt.adapters.postgres;

import dev.fitt.domain.ImageRows;
import dev.fitt.domain.LabelsSnapshot;
import dev.fitt.ports.DatasetLoadException;
import dev.fitt.ports.SaveFailedException;
import dev.fitt.server.port.out.DatasetStorePort;
import dev.fitt.server.port.out.StoredDataset;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Optional;
import javax.sql.DataSource;
import org.postgresql.PGConnection;

/**
 * A dataset in PostgreSQL: load streams its rows with COPY ({@link CopiedRows}); a save writes, in one transaction,
 * only the rows whose labels differ from what this store last loaded or saved (a save of a million
 * rows after a few hundred changes writes a few hundred rows), streamed with COPY.
 */
final class PostgresDatasetStore implements DatasetStorePort {
    private final DataSource dataSource;
    private final String name;
    private final String where;
    private final LoadedProvenance loadedProvenance;
    private final RowKeysCache keysCache;
    /** What the database holds, as far as this store knows: saves send only the rows that differ. */
    private LabelsSnapshot stored;

    PostgresDatasetStore(DataSource dataSource, String name, String where, LoadedProvenance loadedProvenance,
            RowKeysCache keysCache) {
        this.dataSource = dataSource;
        this.keysCache = keysCache;
        this.loadedProvenance = loadedProvenance;
        this.name = name;
        this.where = where;
    }

    /**
     * Borrows a connection only for the database's part (the header, then the COPY in one
     * snapshot); the keys file is read before it and written after it.
     */
    @Override
    public synchronized StoredDataset load() throws DatasetLoadException {
        Datasets.Header header = header();
        int rowCount = header.rowCount();
        int tagCount = header.tags().size();
        Optional<RowKeysCache.Keys> keys = keysCache.read(header.id(), header.importedAtMicros(), rowCount);
        CopiedRows rows = new CopiedRows(rowCount, tagCount, "dataset " + name + " in " + where, keys.isEmpty());
        long newestVersion = copy(header, rows, keys.isEmpty());
        if (rows.count() != rowCount) {
            throw new DatasetLoadException("dataset " + name + " in " + where + " has " + rows.count()
                    + " rows, but " + rowCount + " were imported");
        }
        LabelsSnapshot labels;
        try {
            labels = LabelsSnapshot.of(rowCount, tagCount, rows.cells);
        } catch (IllegalArgumentException e) {
            throw new DatasetLoadException("dataset " + name + " in " + where + ": " + e.getMessage(), e);
        }
        stored = labels;
        loadedProvenance.offer(name, newestVersion, Arrays.asList(rows.provenance));
        ImageRows imageRows = keys.map(k -> new ImageRows(k.clips(), k.cameras(), k.paths()))
                .orElseGet(() -> new ImageRows(rows.clips, rows.cameras, rows.paths()));
        if (keys.isEmpty()) {
            keysCache.write(header.id(), header.importedAtMicros(), imageRows);
        }
        return new StoredDataset(header.tags(), imageRows, labels, where + " dataset " + header.source(),
                where + " dataset " + name);
    }

    private Datasets.Header header() throws DatasetLoadException {
        try (Connection connection = dataSource.getConnection()) {
            return Datasets.find(connection, name).orElseThrow(() -> new DatasetLoadException(
                    "the database " + where + " has no dataset " + name + "; import it first (fitt import)"));
        } catch (SQLException e) {
            throw new DatasetLoadException("cannot load dataset " + name + " from " + where + ": " + e.getMessage(), e);
        }
    }

    /** The rows of {@code header}'s import into {@code rows}, in one snapshot; returns its newest version. */
    private long copy(Datasets.Header header, CopiedRows rows, boolean withKeys) throws DatasetLoadException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            Optional<Datasets.Header> now = Datasets.find(connection, name);
            if (now.isEmpty() || now.get().id() != header.id()
                    || now.get().importedAtMicros() != header.importedAtMicros()) {
                throw new DatasetLoadException("dataset " + name + " in " + where
                        + " was removed or imported again while it was loading; load it again");
            }
            long newestVersion = Datasets.newestVersion(connection, header.id());
            try {
                connection.unwrap(PGConnection.class).getCopyAPI().copyOut(CopiedRows.copy(header.id(), withKeys), rows);
            } catch (IOException e) {
                throw new DatasetLoadException(e.getMessage(), e);
            }
            connection.commit();
            return newestVersion;
        } catch (SQLException e) {
            throw new DatasetLoadException("cannot load dataset " + name + " from " + where + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void save(LabelsSnapshot labels) throws SaveFailedException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                Datasets.Header header = Datasets.find(connection, name).orElseThrow(() -> new SaveFailedException(
                        "the database " + where + " has no dataset " + name));
                if (labels.rowCount() != header.rowCount() || labels.tagCount() != header.tags().size()) {
                    throw new SaveFailedException("labels of " + labels.rowCount() + " rows x " + labels.tagCount()
                            + " tags do not fit dataset " + name + " (" + header.rowCount() + " rows x "
                            + header.tags().size() + " tags)");
                }
                writeChangedRows(connection, header.id(), labels);
                connection.commit();
                stored = labels;
            } catch (SQLException | RuntimeException | SaveFailedException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new SaveFailedException("cannot save dataset " + name + " to " + where + ": " + e.getMessage(), e);
        }
    }

    private void writeChangedRows(Connection connection, long id, LabelsSnapshot labels)
            throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TEMPORARY TABLE incoming_labels (row_index integer PRIMARY KEY, labels bytea"
                    + " NOT NULL) ON COMMIT DROP");
        }
        int tags = labels.tagCount();
        byte[] codes = new byte[tags];
        byte[] before = new byte[tags];
        try (CopyRows copy = CopyRows.into(connection, "COPY incoming_labels FROM STDIN (FORMAT csv)")) {
            for (int row = 0; row < labels.rowCount(); row++) {
                labels.copyRow(row, codes);
                if (stored != null && stored.rowCount() == labels.rowCount() && stored.tagCount() == tags) {
                    stored.copyRow(row, before);
                    if (Arrays.equals(codes, before)) {
                        continue;
                    }
                }
                copy.number(row).bytes(codes, tags).endRow();
            }
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE image_row r SET labels = i.labels"
                + " FROM incoming_labels i WHERE r.dataset_id = ? AND r.row_index = i.row_index"
                + " AND r.labels <> i.labels")) {
            update.setLong(1, id);
            update.executeUpdate();
        }
    }
}
