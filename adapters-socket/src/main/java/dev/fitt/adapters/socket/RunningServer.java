package dev.fitt.adapters.socket;

import java.net.InetSocketAddress;

/** A listening tagging server. */
public interface RunningServer extends AutoCloseable {
    /** Where it listens: the actual port when configured with 0. */
    InetSocketAddress address();

    /** Clients connected right now. */
    int connectionCount();

    /** Stops accepting, closes every connection and waits (bounded) for their threads to end. */
    @Override
    void close();
}
