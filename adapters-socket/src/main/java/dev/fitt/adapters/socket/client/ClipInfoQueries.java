package dev.fitt.adapters.socket.client;

import dev.fitt.adapters.socket.ClientConfig;
import dev.fitt.adapters.socket.protocol.ClipInfoReply;
import dev.fitt.adapters.socket.protocol.ClipInfoRequest;
import dev.fitt.domain.LabelStats;
import dev.fitt.ports.ServerUnreachableException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** What the gateway asks about the clips beyond the v1 clip list ({@code 15}-{@code 17}). */
final class ClipInfoQueries {
    private final ClientConfig config;
    private final ReplyWaits waits;

    ClipInfoQueries(ClientConfig config, ReplyWaits waits) {
        this.config = Objects.requireNonNull(config, "config");
        this.waits = Objects.requireNonNull(waits, "waits");
    }

    /** On a connection granted the statistics. */
    LabelStats stats(ServerLink current) throws ServerUnreachableException {
        ClipInfoReply.Stats stats = waits.expect(waits.byId(current, new ClipInfoRequest.Stats(current.nextRequestId()),
                "stats"), ClipInfoReply.Stats.class, "send its statistics");
        try {
            return new LabelStats(Math.toIntExact(stats.rows()), Math.toIntExact(stats.labelledRows()),
                    ints(stats.trueCounts()), ints(stats.labelledRowsPerClip()));
        } catch (ArithmeticException | IllegalArgumentException e) {
            throw new ServerUnreachableException("the tagging server at " + config.peer()
                    + " sent statistics this client cannot use: " + e.getMessage(), e);
        }
    }

    /** Empty when the server does not say (v1, or not granted): the client then numbers its views. */
    List<List<String>> cameraNames(ServerLink current) throws ServerUnreachableException {
        if (!current.capabilities().cameraNames()) {
            return List.of();
        }
        return waits.expect(waits.byId(current, new ClipInfoRequest.CameraNames(current.nextRequestId()),
                "camera names"), ClipInfoReply.CameraNames.class, "send its camera names").names();
    }

    /** Empty when the server does not say (v1, or not granted): the client then shows clips by number. */
    List<String> clipIds(ServerLink current) throws ServerUnreachableException {
        if (!current.capabilities().clipIds()) {
            return List.of();
        }
        return waits.expect(waits.byId(current, new ClipInfoRequest.ClipIds(current.nextRequestId()), "clip ids"),
                ClipInfoReply.ClipIds.class, "send its clip ids").ids();
    }

    private static List<Integer> ints(List<Long> counts) {
        List<Integer> ints = new ArrayList<>(counts.size());
        for (long count : counts) {
            ints.add(Math.toIntExact(count));
        }
        return ints;
    }
}
