package dev.fitt.adapters.socket;

import java.net.InetSocketAddress;

/** A listening tagging server. */
public interface RunningServer extends AutoCloseable {
    /** Where it listens: the actual port when configured with 0. */
    InetSocketAddress address();

    /** Clients connected right now. */
    int connectionCount();

    /** The limits and token it works with now. */
    SocketServerConfig config();

    /**
     * Works with {@code changed} from now on: its connection limit, message timeout and access
     * token. Connections already open stay open and need not say hello again; a lower limit only
     * turns new connections away until enough have closed.
     *
     * @throws IllegalArgumentException when anything else differs (address, TLS, other limits):
     *     those need a restart
     */
    void reconfigure(SocketServerConfig changed);

    /** Stops accepting, closes every connection and waits (bounded) for their threads to end. */
    @Override
    void close();
}
