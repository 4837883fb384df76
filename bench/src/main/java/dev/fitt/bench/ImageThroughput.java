package dev.fitt.bench;

import java.io.IOException;
import java.util.List;
import java.util.SplittableRandom;

/** Several clients fetch images of random rows, one request in flight each (like scrolling viewers). */
final class ImageThroughput implements Scenario {
    static final long MAX_IMAGES_PER_CLIENT = 1_000_000;

    private final int clients;
    private final String target;

    ImageThroughput(int clients, String target) {
        this.clients = clients;
        this.target = target;
    }

    @Override
    public String name() {
        return "images with " + clients + (clients == 1 ? " client" : " clients");
    }

    @Override
    public List<Reading> run(Target server, SplittableRandom random) throws IOException, InterruptedException {
        ParallelClients.Totals totals = ParallelClients.run(server, clients, random, (connection, own, deadline) -> {
            long images = 0;
            long bytes = 0;
            do {
                bytes += connection.image(server.randomRow(own));
                images++;
            } while (images < MAX_IMAGES_PER_CLIENT && System.nanoTime() < deadline);
            return new long[] {images, bytes};
        });
        String who = clients + (clients == 1 ? " client" : " clients");
        return List.of(new Reading("images/s, " + who, "1/s", totals.perSecond(totals.operations()), target),
                new Reading("image MB/s, " + who, "MB/s", totals.perSecond(totals.bytes()) / 1e6, ""),
                new Reading("mean image size, " + who, "KB",
                        totals.operations() == 0 ? 0 : totals.bytes() / 1e3 / totals.operations(), ""));
    }
}
