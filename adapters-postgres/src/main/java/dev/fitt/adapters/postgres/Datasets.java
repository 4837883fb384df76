package dev.fitt.adapters.postgres;

import dev.fitt.domain.ImageRows;
import dev.fitt.domain.LabelsSnapshot;
import dev.fitt.domain.Tag;
import dev.fitt.domain.TagSet;
import dev.fitt.server.port.out.StoredDataset;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The dataset table and its rows: find one by name, read its header, import one. */
final class Datasets {
    private static final Logger LOG = LoggerFactory.getLogger(Datasets.class);

    /** What the dataset row says: its id, tags, row count, source, and when it was imported (µs since 1970). */
    record Header(long id, TagSet tags, int rowCount, String source, long importedAtMicros) {
    }

    private Datasets() {
    }

    static Optional<Header> find(Connection connection, String name) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, tag_codes, tag_aliases, tag_columns, row_count, source,"
                        + " (extract(epoch FROM imported_at) * 1000000)::bigint FROM dataset WHERE name = ?")) {
            select.setString(1, name);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String[] codes = strings(rs.getArray(2));
                String[] aliases = strings(rs.getArray(3));
                String[] columns = strings(rs.getArray(4));
                List<Tag> tags = new ArrayList<>(codes.length);
                for (int i = 0; i < codes.length; i++) {
                    tags.add(new Tag(codes[i], aliases[i], columns[i]));
                }
                return Optional.of(new Header(rs.getLong(1), new TagSet(tags), rs.getInt(5), rs.getString(6),
                        rs.getLong(7)));
            }
        }
    }

    /**
     * The newest version committed into the dataset's rows, an accept's included: every commit
     * takes a new one under the dataset's lock, so the same number means nothing was committed since.
     */
    static long newestVersion(Connection connection, long id) throws SQLException {
        try (PreparedStatement newest = connection.prepareStatement("SELECT greatest("
                + "(SELECT coalesce(max(version), 0) FROM image_row WHERE dataset_id = ?),"
                + " (SELECT coalesce(max(accepted_version), 0) FROM image_row WHERE dataset_id = ?"
                + " AND accepted_version > 0))")) {
            newest.setLong(1, id);
            newest.setLong(2, id);
            try (ResultSet rs = newest.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Every dataset's name and source, by name; reads no row of any. */
    static SortedMap<String, String> all(Connection connection) throws SQLException {
        SortedMap<String, String> all = new TreeMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT name, source FROM dataset");
                ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                all.put(rs.getString(1), rs.getString(2));
            }
        }
        return all;
    }

    private static String[] strings(Array array) throws SQLException {
        return (String[]) array.getArray();
    }

    /**
     * Imports {@code dataset} under {@code name} in one transaction, its rows with COPY; the header
     * of the import, or empty when a dataset of that name is there already (it is left as it is).
     */
    static Optional<Header> importIfAbsent(Connection connection, String name, StoredDataset dataset)
            throws SQLException {
        connection.setAutoCommit(false);
        try {
            Header header;
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO dataset (name, source, tag_codes, tag_aliases, tag_columns, row_count)"
                            + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (name) DO NOTHING"
                            + " RETURNING id, (extract(epoch FROM imported_at) * 1000000)::bigint")) {
                TagSet tags = dataset.tags();
                insert.setString(1, name);
                insert.setString(2, dataset.source());
                insert.setArray(3, connection.createArrayOf("text",
                        tags.tags().stream().map(Tag::code).toArray()));
                insert.setArray(4, connection.createArrayOf("text", tags.aliases().toArray()));
                insert.setArray(5, connection.createArrayOf("text", tags.columns().toArray()));
                insert.setInt(6, dataset.rows().size());
                try (ResultSet rs = insert.executeQuery()) {
                    if (!rs.next()) {
                        connection.rollback();
                        return Optional.empty();
                    }
                    header = new Header(rs.getLong(1), tags, dataset.rows().size(), dataset.source(), rs.getLong(2));
                }
            }
            copyRows(connection, header.id(), dataset.rows(), dataset.labels());
            connection.commit();
            settle(connection, name, header.id());
            return Optional.of(header);
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
    }

    /**
     * The first reader of a freshly committed row marks it as committed for good (PostgreSQL's hint
     * bits): read here once, the rows cost a server's first start nothing more than any later one
     * (a third of a second at a million rows, docs/BENCHMARKS.md), and the planner gets the new
     * rows' statistics now instead of when autovacuum next looks. Only this dataset's rows are read,
     * so an import costs the same in a database that holds many others.
     */
    private static void settle(Connection connection, String name, long id) {
        try (PreparedStatement read = connection.prepareStatement(
                "SELECT count(labels) FROM image_row WHERE dataset_id = ?");
             Statement analyze = connection.createStatement()) {
            read.setLong(1, id);
            read.executeQuery().close();
            analyze.execute("ANALYZE image_row");
            connection.commit();
        } catch (SQLException e) {
            // The import is committed; only the first start is slower for it.
            LOG.warn("dataset {} is imported; reading its rows once after the import failed (its first server"
                    + " start reads them a little slower): {}", name, e.getMessage());
        }
    }

    private static void copyRows(Connection connection, long id, ImageRows rows, LabelsSnapshot labels)
            throws SQLException {
        byte[] codes = new byte[labels.tagCount()];
        try (CopyRows copy = CopyRows.into(connection,
                "COPY image_row (dataset_id, row_index, clip_id, camera, file_path, labels) FROM STDIN (FORMAT csv)")) {
            for (int row = 0; row < rows.size(); row++) {
                labels.copyRow(row, codes);
                copy.number(id).number(row).text(rows.clipId(row)).text(rows.camera(row)).text(rows.filePath(row))
                        .bytes(codes, codes.length).endRow();
            }
        }
    }
}
