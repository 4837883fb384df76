package dev.fitt.adapters.postgres;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Streams rows into a {@code COPY ... FROM STDIN (FORMAT csv)}: one round trip for a million rows
 * instead of a million INSERTs. Text cells are always quoted, so commas, quotes and line breaks in
 * paths survive.
 */
final class CopyRows implements AutoCloseable {
    private final Writer out;
    private final StringBuilder line = new StringBuilder(256);
    private boolean firstCell = true;

    private CopyRows(Writer out) {
        this.out = out;
    }

    static CopyRows into(Connection connection, String copySql) throws SQLException {
        PGConnection pg = connection.unwrap(PGConnection.class);
        PGCopyOutputStream stream = new PGCopyOutputStream(pg, copySql, 1 << 16);
        return new CopyRows(new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16));
    }

    CopyRows number(long value) {
        separate();
        line.append(value);
        return this;
    }

    CopyRows text(String value) {
        separate();
        line.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                line.append('"');
            }
            line.append(c);
        }
        line.append('"');
        return this;
    }

    CopyRows bytes(byte[] codes, int length) {
        separate();
        LabelMapper.appendHex(codes, length, line);
        return this;
    }

    void endRow() throws SQLException {
        line.append('\n');
        try {
            out.append(line);
        } catch (IOException e) {
            throw refusal(e);
        }
        line.setLength(0);
        firstCell = true;
    }

    /** What the server said, rather than the driver's "Ending write to copy failed". */
    private static SQLException refusal(IOException e) {
        return e.getCause() instanceof SQLException server ? server : new SQLException(e.getMessage(), e);
    }

    private void separate() {
        if (!firstCell) {
            line.append(',');
        }
        firstCell = false;
    }

    /** Ends the COPY: the server has every row when this returns (and the transaction commits them). */
    @Override
    public void close() throws SQLException {
        try {
            out.close();
        } catch (IOException e) {
            throw refusal(e);
        }
    }
}
