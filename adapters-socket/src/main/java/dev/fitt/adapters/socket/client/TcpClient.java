package dev.fitt.adapters.socket.client;

import dev.fitt.adapters.socket.ClientConfig;
import dev.fitt.client.port.out.ServerAdminPort;
import dev.fitt.client.port.out.TaggingServerPort;
import dev.fitt.client.port.out.TeamWorkPort;

/** The client side's one public entry: the server port over TCP, its implementation kept private. */
public final class TcpClient {
    private TcpClient() {
    }

    /** A gateway that connects on first use and says the extension hello first (see {@link TcpTaggingServerGateway}). */
    public static TaggingServerPort connect(ClientConfig config) {
        return new TcpTaggingServerGateway(config);
    }

    /**
     * The team work side of a connection made by {@link #connect}: provenance, review, annotator
     * statistics over the same connection.
     */
    public static TeamWorkPort teamWork(TaggingServerPort connected) {
        if (connected instanceof TcpTaggingServerGateway gateway) {
            return gateway.teamWork();
        }
        throw new IllegalArgumentException("not a connection made by TcpClient.connect: " + connected);
    }

    /** An administrator's connection, opened on first use, proven by {@code adminToken}. */
    public static ServerAdminPort administer(ClientConfig config, String adminToken) {
        return new TcpServerAdmin(config, adminToken);
    }
}
