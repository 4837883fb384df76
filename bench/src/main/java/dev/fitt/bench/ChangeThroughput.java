package dev.fitt.bench;

import java.io.IOException;
import java.util.List;
import java.util.SplittableRandom;

/** Several clients change rows as fast as the server answers; each waits for its reply. */
final class ChangeThroughput implements Scenario {
    static final long MAX_CHANGES_PER_CLIENT = 2_000_000;

    private final int clients;
    private final String target;

    ChangeThroughput(int clients, String target) {
        this.clients = clients;
        this.target = target;
    }

    @Override
    public String name() {
        return "changes/s with " + clients + (clients == 1 ? " client" : " clients");
    }

    @Override
    public List<Reading> run(Target server, SplittableRandom random) throws IOException, InterruptedException {
        ParallelClients.Totals totals = ParallelClients.run(server, clients, random, (connection, own, deadline) -> {
            long done = 0;
            boolean[] values = server.randomValues(own);
            do {
                int row = server.randomRow(own);
                values[0] = !values[0];
                connection.change(row, row, values);
                done++;
            } while (done < MAX_CHANGES_PER_CLIENT && System.nanoTime() < deadline);
            return new long[] {done, 0};
        });
        String metric = (server.kind().changeIsDurable() ? "durable changes/s, " : "changes/s (NOT durable), ")
                + clients + (clients == 1 ? " client" : " clients");
        return List.of(new Reading(metric, "1/s", totals.perSecond(totals.operations()),
                server.kind().changeIsDurable() ? target : ""));
    }
}
