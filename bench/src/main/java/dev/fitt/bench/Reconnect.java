package dev.fitt.bench;

import java.io.IOException;
import java.util.List;
import java.util.SplittableRandom;

/** What a client does on (re)connect, like the original: connect, send 02, 06, 05, read all three. */
final class Reconnect implements Scenario {
    @Override
    public String name() {
        return "reconnect";
    }

    @Override
    public List<Reading> run(Target target, SplittableRandom random) throws IOException {
        long start = System.nanoTime();
        int labelBytes;
        try (V1Connection connection = target.connect()) {
            connection.sendSimple(0x02);
            connection.sendSimple(0x06);
            connection.sendSimple(0x05);
            connection.flush();
            connection.readTagList();
            labelBytes = connection.readLabels();
            connection.readClipList();
        }
        double millis = (System.nanoTime() - start) / 1e6;
        return List.of(new Reading("reconnect (connect + tags + labels + clips)", "ms", millis, "<= 300 ms (1M rows)"),
                new Reading("labels reply size", "MB", labelBytes / 1e6, ""));
    }
}
