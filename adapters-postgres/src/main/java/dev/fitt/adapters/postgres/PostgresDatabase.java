package dev.fitt.adapters.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.fitt.ports.DatasetLoadException;
import dev.fitt.ports.JournalException;
import dev.fitt.server.port.out.DatasetStorePort;
import dev.fitt.server.port.out.AssignmentStorePort;
import dev.fitt.server.port.out.ProvenanceStorePort;
import dev.fitt.server.port.out.SharedJournalPort;
import dev.fitt.server.port.out.StoredDataset;
import dev.fitt.server.port.out.VersionBasePort;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.SortedMap;
import org.postgresql.Driver;

/**
 * The PostgreSQL adapter's only public entry: a connection pool to one database, its schema
 * brought up to date, and the ports of the datasets in it. Bootstrap wires the ports it returns;
 * no JDBC or pool type leaves this package.
 */
public final class PostgresDatabase implements AutoCloseable {
    /** Commits, loads, the change feed's listening connection and the export turns' session each hold one. */
    private static final int DATASET_CONNECTIONS = 6;
    /**
     * Well below PostgreSQL's default of 100 connections, which several servers share. Only the
     * change feed and the export turns hold one, whatever the number of datasets loaded; commits,
     * loads and saves borrow one while they work.
     */
    private static final int MAX_CONNECTIONS = 40;
    private static final int IDLE_CONNECTIONS = 2;

    private final HikariDataSource dataSource;
    private final String where;
    /** Every loaded dataset's commits, followed on one connection. */
    private final ChangeFeed changes;
    /** Every export turn this server holds, in one session. */
    private final ExportLocks exportLocks;
    private final LoadedProvenance loadedProvenance = new LoadedProvenance();

    private PostgresDatabase(HikariDataSource dataSource, String where) {
        this.dataSource = dataSource;
        this.where = where;
        this.changes = new ChangeFeed(dataSource, where);
        this.exportLocks = new ExportLocks(dataSource);
    }

    /**
     * Connects and migrates the schema.
     *
     * @throws DatasetLoadException when the database cannot be reached (the message names host and
     *     port), refuses the user, or was migrated by a newer fitt (the message names both versions)
     */
    public static PostgresDatabase open(PostgresConfig config) throws DatasetLoadException {
        return open(config, DATASET_CONNECTIONS, DATASET_CONNECTIONS);
    }

    /**
     * Connects for a server of several datasets: many datasets may commit and load at once, so the
     * pool may grow, and it opens connections only as they are needed.
     */
    public static PostgresDatabase openForDatasets(PostgresConfig config) throws DatasetLoadException {
        return open(config, MAX_CONNECTIONS, IDLE_CONNECTIONS);
    }

    private static PostgresDatabase open(PostgresConfig config, int maxConnections, int idleConnections)
            throws DatasetLoadException {
        Objects.requireNonNull(config, "config");
        String where = describe(config.url());
        HikariConfig pool = new HikariConfig();
        pool.setPoolName("fitt-postgres");
        pool.setJdbcUrl(config.url());
        pool.setUsername(config.user());
        pool.setPassword(config.password());
        pool.setMaximumPoolSize(maxConnections);
        pool.setMinimumIdle(idleConnections);
        pool.setConnectionTimeout(5_000);
        // Acknowledged = committed on the database server's disk, whatever the database's default is.
        pool.setConnectionInitSql("SET synchronous_commit = on");
        HikariDataSource dataSource;
        try {
            dataSource = new HikariDataSource(pool);
        } catch (RuntimeException e) {
            throw new DatasetLoadException("cannot reach the database " + where + ": " + rootMessage(e), e);
        }
        try {
            Schema.migrate(dataSource, where);
        } catch (DatasetLoadException | RuntimeException e) {
            dataSource.close();
            throw e;
        }
        return new PostgresDatabase(dataSource, where);
    }

    /** {@code host:port/database} of a JDBC URL, for messages (never the password). */
    static String describe(String url) {
        Properties parsed = Driver.parseURL(url, new Properties());
        if (parsed == null) {
            return url;
        }
        return parsed.getProperty("PGHOST", "localhost") + ":" + parsed.getProperty("PGPORT", "5432") + "/"
                + parsed.getProperty("PGDBNAME", "");
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }

    /** Whether a dataset of this name was imported. */
    public boolean holds(String dataset) throws DatasetLoadException {
        return sourceOf(dataset).isPresent();
    }

    /** Where the dataset of this name was imported from (as its store named it then); empty when it is not here. */
    public Optional<String> sourceOf(String dataset) throws DatasetLoadException {
        try (Connection connection = dataSource.getConnection()) {
            return Datasets.find(connection, dataset).map(Datasets.Header::source);
        } catch (SQLException e) {
            throw new DatasetLoadException("cannot look for dataset " + dataset + " in " + where + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * Imports {@code dataset} (as a store loaded it) under {@code name}, rows and labels in one
     * transaction; false, and nothing written, when a dataset of that name is there already.
     */
    public boolean importIfAbsent(String name, StoredDataset dataset) throws DatasetLoadException {
        return importIfAbsent(name, dataset, RowKeysCache.none());
    }

    /**
     * As {@link #importIfAbsent(String, StoredDataset)}, and keeps the rows' keys of the import in
     * {@code rowKeysFile}, as {@link #datasetStore(String, Path)} with that file would after its
     * first load: the first start after the import then reads only labels and provenance.
     */
    public boolean importIfAbsent(String name, StoredDataset dataset, Path rowKeysFile) throws DatasetLoadException {
        return importIfAbsent(name, dataset, new RowKeysCache(Objects.requireNonNull(rowKeysFile, "rowKeysFile")));
    }

    private boolean importIfAbsent(String name, StoredDataset dataset, RowKeysCache keys) throws DatasetLoadException {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dataset, "dataset");
        Optional<Datasets.Header> imported;
        try (Connection connection = dataSource.getConnection()) {
            imported = Datasets.importIfAbsent(connection, name, dataset);
        } catch (SQLException e) {
            throw new DatasetLoadException("cannot import dataset " + name + " into " + where + ": "
                    + e.getMessage(), e);
        }
        imported.ifPresent(header -> keys.write(header.id(), header.importedAtMicros(), dataset.rows()));
        return imported.isPresent();
    }

    /**
     * Every dataset's name, with where it was imported from (as its store named it then), sorted by
     * name; one query that reads no row of any dataset.
     */
    public SortedMap<String, String> datasets() throws DatasetLoadException {
        try (Connection connection = dataSource.getConnection()) {
            return Collections.unmodifiableSortedMap(Datasets.all(connection));
        } catch (SQLException e) {
            throw new DatasetLoadException("cannot list the datasets in " + where + ": " + e.getMessage(), e);
        }
    }

    /** Loads and saves the labels of dataset {@code name}. */
    public DatasetStorePort datasetStore(String name) {
        return new PostgresDatasetStore(dataSource, Objects.requireNonNull(name, "name"), where, loadedProvenance,
                RowKeysCache.none());
    }

    /**
     * Loads and saves the labels of dataset {@code name}, keeping the rows' clip, camera and path
     * (which never change after the import) in {@code rowKeysFile}, so a server's next start reads
     * only labels and provenance from the database.
     */
    public DatasetStorePort datasetStore(String name, Path rowKeysFile) {
        return new PostgresDatasetStore(dataSource, Objects.requireNonNull(name, "name"), where, loadedProvenance,
                new RowKeysCache(Objects.requireNonNull(rowKeysFile, "rowKeysFile")));
    }

    /**
     * The changes of dataset {@code name} as several servers share them: each is committed into its
     * rows with a version, checked there, and followed by every server. The dataset must be there.
     */
    public SharedJournalPort sharedJournal(String name) throws JournalException {
        return PostgresSharedJournal.open(dataSource, changes, Objects.requireNonNull(name, "name"), where);
    }

    /** Each row's provenance in dataset {@code name}, as the commits into its rows recorded it. */
    public ProvenanceStorePort provenance(String name) {
        return new PostgresProvenance(dataSource, Objects.requireNonNull(name, "name"), where, loadedProvenance);
    }

    /** The clip assignments of dataset {@code name}, which every server of the database reads the same. */
    public AssignmentStorePort assignments(String name) {
        return new PostgresAssignments(dataSource, Objects.requireNonNull(name, "name"), where);
    }

    /** Which of the servers of dataset {@code name} exports its labels to the CSV, see {@link ExportTurn}. */
    public ExportTurn exportTurn(String name) {
        return new ExportTurn(exportLocks, Objects.requireNonNull(name, "name"), where);
    }

    /** Where the runs over dataset {@code name} keep their version base. */
    public VersionBasePort versionBase(String name) {
        return new PostgresVersionBase(dataSource, Objects.requireNonNull(name, "name"), where);
    }

    /** {@code host:port/database}. */
    public String where() {
        return where;
    }

    @Override
    public void close() {
        changes.close();
        exportLocks.close();
        dataSource.close();
    }
}
