package dev.fitt.bootstrap.client;

import dev.fitt.adapters.socket.SocketAdapter;
import dev.fitt.bootstrap.settings.ClientSettings;
import dev.fitt.client.port.out.ServerAdminPort;
import java.util.Optional;

/** The client's way to its server's administration, when client_setting.json has the admin token. */
public final class ServerTab {
    private ServerTab() {
    }

    /** Empty without {@code admin_token}; the connection opens when the Server tab is first shown. */
    public static Optional<ServerAdminPort> of(ClientSettings settings) {
        return Optional.ofNullable(settings.adminToken())
                .map(token -> SocketAdapter.administer(ClientConnection.from(settings), token));
    }
}
