package dev.fitt.bootstrap.server;

import dev.fitt.client.port.out.TaggingServerPort;

/** The client's server port on a core started in this process: `fitt tag`, no network. */
@FunctionalInterface
public interface InProcessServers {
    TaggingServerPort serve(RunningCore core);
}
