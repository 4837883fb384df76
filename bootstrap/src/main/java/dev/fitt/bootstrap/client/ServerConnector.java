package dev.fitt.bootstrap.client;

import dev.fitt.bootstrap.settings.ClientSettings;
import dev.fitt.client.port.out.TaggingServerPort;
import dev.fitt.client.port.out.TeamWorkPort;
import dev.fitt.client.service.NoTeamWork;

/** Reaches a tagging server as the client settings say; it connects on first use. */
@FunctionalInterface
public interface ServerConnector {
    TaggingServerPort connect(ClientSettings settings);

    /** Team work over a connection {@link #connect} made; none by default. */
    default TeamWorkPort teamWork(TaggingServerPort connected) {
        return new NoTeamWork();
    }
}
