package dev.fitt.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.SplittableRandom;

/** The server under test as the scenarios see it: where it is, its shape, and the run bounds. */
final class Target {
    private final InetSocketAddress address;
    private final BenchConfig config;
    private final long rows;
    private final int tags;

    Target(InetSocketAddress address, BenchConfig config, long rows, int tags) {
        this.address = address;
        this.config = config;
        this.rows = rows;
        this.tags = tags;
    }

    /** Asks the server for its tags and clips (the rows they cover). */
    static Target discover(BenchConfig config) throws IOException {
        InetSocketAddress address = new InetSocketAddress(config.host(), config.port());
        try (V1Connection connection = V1Connection.open(address, (int) config.timeout().toMillis())) {
            int tags = connection.tagList();
            long rows = connection.clipList();
            if (rows < 1) {
                throw new IOException("server at " + address + " lists no clips, so there is no row to change");
            }
            return new Target(address, config, rows, tags);
        }
    }

    V1Connection connect() throws IOException {
        return V1Connection.open(address, (int) config.timeout().toMillis());
    }

    long rows() {
        return rows;
    }

    int tags() {
        return tags;
    }

    ServerKind kind() {
        return config.kind();
    }

    int clients() {
        return config.clients();
    }

    /** The moment (System.nanoTime) a run started now must end. */
    long deadline() {
        return System.nanoTime() + runTimeNanos();
    }

    long runTimeNanos() {
        return config.runTime().toNanos();
    }

    int randomRow(SplittableRandom random) {
        return (int) random.nextLong(rows);
    }

    boolean[] randomValues(SplittableRandom random) {
        boolean[] values = new boolean[tags];
        for (int i = 0; i < tags; i++) {
            values[i] = random.nextBoolean();
        }
        return values;
    }
}
