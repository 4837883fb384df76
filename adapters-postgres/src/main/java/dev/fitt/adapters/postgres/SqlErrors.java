package dev.fitt.adapters.postgres;

import java.sql.SQLException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/** What a failed statement says about the database: gone (try again later) or refusing this statement. */
final class SqlErrors {
    private SqlErrors() {
    }

    /**
     * Whether the connection or the database server failed, rather than the statement: no SQL state
     * (the driver lost the socket), a connection exception (08), an operator or crash shutdown
     * (57P), or the server short of resources (53) or failing (58). Those are outages; any other error
     * is the database refusing this statement, and trying it again later would not help.
     */
    static boolean isOutage(SQLException e) {
        String state = e.getSQLState();
        return state == null || state.startsWith("08") || state.startsWith("57P") || state.startsWith("53")
                || state.startsWith("58");
    }

    /**
     * The database's own message, without the driver's "ERROR:"/"FATAL:" and the PL/pgSQL "Where:"
     * lines after it: what a user is shown and the log says once per outage.
     */
    static String message(Exception e) {
        if (e instanceof PSQLException psql) {
            ServerErrorMessage server = psql.getServerErrorMessage();
            if (server != null && server.getMessage() != null) {
                return server.getMessage();
            }
        }
        return e.getMessage();
    }
}
