package dev.fitt.adapters.socket.server;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntSupplier;

/**
 * Connections per client host, so that one host cannot take every slot. Only the accept thread
 * takes slots, connection threads give them back.
 */
final class HostSlots {
    private final Map<String, Integer> perHost = new ConcurrentHashMap<>();
    /** Read at each admission: an administrator may change the limit while the server runs. */
    private final IntSupplier maxPerHost;

    HostSlots(IntSupplier maxPerHost) {
        this.maxPerHost = maxPerHost;
    }

    /** Counts a connection of {@code host}; false when the host already has its share. */
    boolean take(String host) {
        boolean[] taken = new boolean[1];
        perHost.compute(host, (h, count) -> {
            int now = count == null ? 0 : count;
            if (now >= maxPerHost.getAsInt()) {
                return count;
            }
            taken[0] = true;
            return now + 1;
        });
        return taken[0];
    }

    void release(String host) {
        perHost.computeIfPresent(host, (h, count) -> count <= 1 ? null : count - 1);
    }
}
