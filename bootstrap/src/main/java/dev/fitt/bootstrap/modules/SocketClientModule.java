package dev.fitt.bootstrap.modules;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import dev.fitt.adapters.socket.SocketAdapter;
import dev.fitt.bootstrap.client.ClientConnection;
import dev.fitt.bootstrap.client.ServerConnector;
import dev.fitt.bootstrap.settings.ClientSettings;
import dev.fitt.client.port.out.TaggingServerPort;
import dev.fitt.client.port.out.TeamWorkPort;

/**
 * The client reaches its server over TCP (protocol v1, with extensions when the server has them).
 * The address is given when connecting: `fitt demo` knows its server's port only once it listens.
 */
public final class SocketClientModule extends AbstractModule {

    @Provides
    ServerConnector connector() {
        return new ServerConnector() {
            @Override
            public TaggingServerPort connect(ClientSettings settings) {
                return SocketAdapter.connect(ClientConnection.from(settings));
            }

            @Override
            public TeamWorkPort teamWork(TaggingServerPort connected) {
                return SocketAdapter.teamWork(connected);
            }
        };
    }
}
